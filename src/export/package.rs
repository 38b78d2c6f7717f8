//! The data downloads: the CSV tables with a README (citation, licence, what each table
//! holds) in one zip, and the dataset as JSON under an `about` block with the same citation.
//! Both are written from the bundled dataset in the reader's language at build time
//! (`src/bin/data-files.rs`), so they cannot drift from the page. Pure.

use crate::data::{BUNDLED_SHA256, Dataset};
use crate::i18n::{Key, Lang};

use super::{csv, zip};

/// A file to publish next to the page, under `data/`.
#[derive(Clone, Debug, PartialEq)]
pub struct DataFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The suggested citation line, shared by the page's "Cite this" and every download.
pub fn citation(ds: &Dataset, lang: Lang) -> String {
    lang.fill(
        Key::CiteLine,
        &[
            ("title", &ds.title),
            ("version", &ds.dataset_version),
            ("date", &lang.date(ds.as_of)),
            ("digest", BUNDLED_SHA256),
        ],
    )
}

/// The README that travels with the CSV tables.
pub fn readme(ds: &Dataset, lang: Lang) -> String {
    let text = lang.fill(
        Key::ReadmeText,
        &[
            ("title", &ds.title),
            ("citation", &citation(ds, lang)),
            ("licence", &ds.licence),
            ("coverage", &ds.coverage_note),
            ("language", lang.t(Key::ReadmeLanguage)),
        ],
    );
    // Windows' Notepad and every other editor read CRLF.
    text.replace('\n', "\r\n")
}

/// The file names of a language's downloads: (zip, json).
pub fn names(ds: &Dataset, lang: Lang) -> (String, String) {
    (
        super::file_name(ds, lang, "data", "zip"),
        super::file_name(ds, lang, "data", "json"),
    )
}

/// The CSV tables and the README in one zip.
pub fn csv_zip(ds: &Dataset, lang: Lang) -> DataFile {
    let mut files = vec![("README.txt".to_owned(), readme(ds, lang).into_bytes())];
    for table in csv::tables(ds) {
        files.push((table.name.to_owned(), csv::to_csv(&table).into_bytes()));
    }
    DataFile {
        name: names(ds, lang).0,
        bytes: zip::zip(&files, ds.as_of_day()),
    }
}

/// The dataset as JSON, in the same shape as `data/csto.json`, under an `about` block.
pub fn json(ds: &Dataset, lang: Lang) -> Result<DataFile, String> {
    let about = serde_json::json!({
        "title": ds.title,
        "citation": citation(ds, lang),
        "licence": ds.licence,
        "dataset_version": ds.dataset_version,
        "facts_checked_to": ds.as_of.iso(),
        "sha256_of_data_csto_json": BUNDLED_SHA256,
        "language": lang.code(),
        "note": lang.t(Key::ReadmeLanguage),
    });
    let body = serde_json::json!({ "about": about, "dataset": ds });
    let text = serde_json::to_string_pretty(&body).map_err(|e| e.to_string())?;
    Ok(DataFile {
        name: names(ds, lang).1,
        bytes: text.into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Dataset, bundled, bundled_in, load};

    #[test]
    fn json_holds_the_bundled_dataset_and_its_citation() {
        let ds = bundled().unwrap();
        let file = json(ds, Lang::ENGLISH).unwrap();
        assert_eq!(file.name, "csto-data-1.2.0-en.json");
        let value: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
        let back: Dataset = load(
            "download",
            &serde_json::to_string(&value["dataset"]).unwrap(),
        )
        .unwrap();
        assert_eq!(&back, ds);
        assert_eq!(value["about"]["licence"], ds.licence.as_str());
        assert!(
            value["about"]["citation"]
                .as_str()
                .unwrap()
                .contains(BUNDLED_SHA256)
        );
    }

    #[test]
    fn zip_holds_a_readme_and_every_table() {
        let ds = bundled_in("ru").unwrap();
        let ru = Lang::from_code("ru").unwrap();
        let file = csv_zip(ds, ru);
        assert_eq!(file.name, "csto-data-1.2.0-ru.zip");
        let readme_text = readme(ds, ru);
        assert!(readme_text.contains(&citation(ds, ru)));
        assert!(readme_text.contains(&ds.licence));
        for table in csv::tables(ds) {
            assert!(
                readme_text.contains(table.name),
                "README names {}",
                table.name
            );
            let needle = table.name.as_bytes();
            assert!(file.bytes.windows(needle.len()).any(|w| w == needle));
        }
    }
}
