//! A minimal zip writer: files stored uncompressed, so any unzip tool (and every operating
//! system's built-in one) opens them and the code stays a few dozen lines. Dates come from the
//! caller, so the same data always gives the same bytes. Pure.

use crate::data::Day;

/// CRC-32 (IEEE 802.3), as zip requires.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The files (`name`, `bytes`) as a zip archive, each stamped `day` at noon.
pub fn zip(files: &[(String, Vec<u8>)], day: Day) -> Vec<u8> {
    let (year, month, day) = day.ymd();
    let dos_date =
        (((year.clamp(1980, 2107) - 1980) as u16) << 9) | ((month as u16) << 5) | day as u16;
    let dos_time: u16 = 12 << 11;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = out.len() as u32;
        let crc = crc32(bytes);
        let size = bytes.len() as u32;
        // Bit 11: the names are UTF-8.
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0x0800u16.to_le_bytes()); // flags
            v.extend_from_slice(&0u16.to_le_bytes()); // stored
            v.extend_from_slice(&dos_time.to_le_bytes());
            v.extend_from_slice(&dos_date.to_le_bytes());
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra field
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        common(&mut central);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    let count = files.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    /// Reads the archive back with the `zip` crate, which checks each entry's CRC as it reads.
    fn entries(archive: &[u8]) -> Vec<(String, Vec<u8>)> {
        use std::io::Read;
        let mut read = ::zip::ZipArchive::new(std::io::Cursor::new(archive)).expect("a zip");
        (0..read.len())
            .map(|i| {
                let mut entry = read.by_index(i).expect("an entry");
                let mut data = Vec::new();
                entry.read_to_end(&mut data).expect("its CRC matches");
                (entry.name().to_owned(), data)
            })
            .collect()
    }

    #[test]
    fn archive_reads_back() {
        let files = vec![
            ("README.txt".to_owned(), b"hello".to_vec()),
            ("таблица.csv".to_owned(), "a,b\r\n".as_bytes().to_vec()),
        ];
        let day = Day::from_ymd(2026, 3, 11).unwrap();
        let archive = zip(&files, day);
        assert_eq!(entries(&archive), files);
        assert_eq!(archive, zip(&files, day), "same input, same bytes");
    }
}
