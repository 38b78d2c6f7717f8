//! What can be wrong with a dataset, as data: each problem says what is wrong and what was
//! expected, in English or Russian, so a reader who loads their own file gets the list in the
//! interface's language. The validator, the parser and `build.rs` build these; only this file
//! holds their wording. Pure: no web crate.

/// One thing wrong with one value. The record and field it concerns live in `DataError`.
/// Serialisable: the browser checks a reader's dataset in a worker, which sends its findings
/// back as postcard bytes.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    // The file as a whole.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// A body read as a stream, given up once it passed the limit: its whole size is unknown.
    LargerThan {
        limit: usize,
    },
    TooManyRecords {
        count: usize,
        limit: usize,
    },
    /// Problems found past the first hundred, counted rather than listed.
    MoreProblems {
        more: usize,
    },
    /// A text longer than its kind of field may be.
    TooLong {
        length: usize,
        limit: usize,
    },
    /// A control character in a text (tabs and line breaks are allowed in long texts only).
    ControlCharacter,
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The packed copy or a file that could not be read at all.
    Unreadable(String),
    /// `data=` names something other than a web address or a path on this site.
    NotAllowedAddress(String),
    /// The request failed: offline, no such server, or the server does not let other sites
    /// read the file (CORS).
    FetchFailed,
    /// The fetch and the check together took longer than a reader should wait.
    TimedOut {
        seconds: u32,
    },
    HttpStatus(u16),
    // Shape: what serde reports.
    MissingField,
    UnknownField {
        allowed: String,
    },
    DuplicateField,
    WrongType {
        found: String,
        expected: String,
    },
    WrongValue {
        found: String,
        expected: String,
    },
    BadDate(String),
    Shape(String),
    // Rules.
    SchemaVersion(u64),
    AsOfNotExact,
    Empty,
    Padded,
    DuplicateId,
    BadId,
    NotAlpha3,
    NotWebAddress(String),
    AfterAsOf {
        date: String,
        as_of: String,
    },
    BeforeStart {
        date: String,
        start: String,
    },
    NoSource,
    UnknownSource(String),
    NotAfter {
        date: String,
        start: String,
    },
    AnnouncedAfterEffect,
    OpenButLater(String),
    Overlaps {
        other: String,
        ends: String,
    },
    NoStatusPeriod,
    UnknownState(String),
    LaneNeedsOneState,
    DeadlineNotAfter,
    UnknownDonor(String),
    CollectiveTrack,
    NotPositive,
    BadRange,
    AmountFields,
    ZeroCount,
    NoCount,
    RelatesToMissing(String),
    RelatesToNotPledge(String),
    RelatesToLater(String),
    RunsBeforeApproval,
    RunsToNotAfter,
    StageNumber {
        found: u32,
        expected: usize,
    },
    StageYears,
    ChapterOrder,
    UnknownHighlight(String),
    Uncited,
    BadCurrency(String),
    ConflictNoSources,
    CrossCheck {
        what: String,
        found: usize,
    },
    // A stated amount and its source's words.
    WordingMissing,
    WordingSourceNotCited(String),
    WordingLacksFigure(String),
    /// The hedge the words carry and the qualifier the value has, as the file writes them
    /// ("about", "up to"…; "none" for no hedge).
    QualifierDisagrees {
        wording: String,
        qualifier: String,
    },
    BadLanguage(String),
    InferredWithoutLink,
    // Our changelog.
    ChangeUnknownRecord(String),
    ChangeNothing,
}

/// Serde's words for JSON types, as they appear in its messages, and in Russian.
const TYPE_WORDS: &[(&str, &str)] = &[
    ("a string", "строка"),
    ("string", "строка"),
    ("a sequence", "массив"),
    ("sequence", "массив"),
    ("a map", "объект"),
    ("map", "объект"),
    ("struct", "объект"),
    ("a boolean", "логическое значение"),
    ("boolean", "логическое значение"),
    ("integer", "целое число"),
    ("u32", "целое число"),
    ("u64", "целое число"),
    ("i32", "целое число"),
    ("u8", "целое число"),
    ("f64", "число"),
    ("floating point", "число"),
    ("a whole number", "целое число"),
    ("a number", "число"),
    ("null", "null"),
    ("unit value", "null"),
];

/// Serde's phrase in Russian where it is a known type word (its quoted value kept).
fn ru_type(phrase: &str) -> String {
    for (en, ru) in TYPE_WORDS {
        if phrase == *en {
            return (*ru).to_owned();
        }
        if let Some(rest) = phrase.strip_prefix(en)
            && rest.starts_with(' ')
        {
            return format!("{ru}{rest}");
        }
    }
    phrase.to_owned()
}

impl Problem {
    /// What is wrong and what was expected, in the language `code` ("ru" or anything else for
    /// English).
    pub fn describe(&self, code: &str) -> (String, String) {
        if code == "ru" {
            self.russian()
        } else {
            self.english()
        }
    }

    fn english(&self) -> (String, String) {
        use Problem::*;
        let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        match self {
            TooLarge { bytes, limit } => (
                format!("the file is {bytes} bytes, too large to check"),
                format!("at most {limit} bytes"),
            ),
            LargerThan { limit } => (
                format!("the file is more than {limit} bytes, too large to check"),
                format!("at most {limit} bytes"),
            ),
            TooLong { length, limit } => (
                format!("the text is {length} characters long"),
                format!("at most {limit} characters"),
            ),
            ControlCharacter => s(
                "the text holds a control character",
                "printable text (tabs and line breaks only in descriptions and notes)",
            ),
            MoreProblems { more } => (
                format!("and {more} more problems of the same kinds"),
                "fix the ones above and check the file again".to_owned(),
            ),
            TooManyRecords { count, limit } => (
                format!("the dataset has {count} records, too many to draw"),
                format!("at most {limit} records in all"),
            ),
            NotJson {
                line,
                column,
                detail,
            } => (
                format!("not valid JSON at line {line}, column {column} ({detail})"),
                "a JSON document shaped like data/csto.json".to_owned(),
            ),
            Unreadable(detail) => (
                format!("could not be read: {detail}"),
                "a JSON dataset".to_owned(),
            ),
            NotAllowedAddress(url) => (
                format!("{url:?} is not an address data can be loaded from"),
                "a path on this site, or an address starting with https://".to_owned(),
            ),
            TimedOut { seconds } => (
                format!("loading and checking the file took more than {seconds} seconds and was stopped"),
                "a file that arrives and is checked within that time".to_owned(),
            ),
            FetchFailed => s(
                "the file could not be fetched: the network is down, the address is wrong, or its server does not let other sites read it (CORS)",
                "a file on this site, or on a server that sends Access-Control-Allow-Origin",
            ),
            HttpStatus(code) => (
                format!("the server answered HTTP {code}"),
                "HTTP 200 and the file".to_owned(),
            ),
            MissingField => s("missing field", "this field; it is required"),
            UnknownField { allowed } => (
                "unknown field: not part of this record".to_owned(),
                format!("one of {allowed}"),
            ),
            DuplicateField => s("duplicate field: it appears twice", "each field once"),
            WrongType { found, expected } => (format!("is {found}"), expected.clone()),
            WrongValue { found, expected } => (
                format!("unknown variant or value {found}"),
                expected.clone(),
            ),
            BadDate(text) => (
                format!("invalid date \"{text}\""),
                "YYYY, YYYY-MM or YYYY-MM-DD with a real month and day".to_owned(),
            ),
            Shape(message) => (message.clone(), "the shape of data/csto.json".to_owned()),
            SchemaVersion(found) => (format!("is {found}"), "1".to_owned()),
            AsOfNotExact => s("is not an exact day", "an exact day as YYYY-MM-DD"),
            Empty => s("must not be empty", "some text"),
            Padded => s(
                "has leading or trailing spaces",
                "text without spaces at either end",
            ),
            DuplicateId => s(
                "is used by more than one record",
                "an id no other record uses",
            ),
            BadId => s(
                "must be letters, digits and hyphens, and is not",
                "letters (a–z, A–Z), digits and hyphens only",
            ),
            NotAlpha3 => s(
                "is not an ISO 3166-1 alpha-3 code",
                "three capital letters, such as TJK",
            ),
            NotWebAddress(url) => (
                format!("{url:?} must start with http:// or https://"),
                "a web address starting with http:// or https://".to_owned(),
            ),
            AfterAsOf { date, as_of } => (
                format!("{date} is after as_of {as_of}"),
                format!("a date on or before {as_of}"),
            ),
            BeforeStart { date, start } => (
                format!("{date} is before the treaty was signed"),
                format!("a date on or after {start}"),
            ),
            NoSource => s(
                "cites no source; every record needs at least one",
                "at least one id from sources",
            ),
            UnknownSource(id) => (
                format!("cites unknown source {id:?}"),
                "the id of a record in sources".to_owned(),
            ),
            NotAfter { date, start } => (
                format!("{date} is not after start {start}"),
                format!("a date after {start}"),
            ),
            AnnouncedAfterEffect => s(
                "an announcement cannot come after the change took effect",
                "a date on or before the period's start",
            ),
            OpenButLater(other) => (
                format!("is open, but {other} of the same state starts later"),
                format!("an end date no later than the start of {other}"),
            ),
            Overlaps { other, ends } => (
                format!("overlaps {other} of the same state, which ends {ends}"),
                format!("a start on or after {ends}"),
            ),
            NoStatusPeriod => s(
                "the state has no status period",
                "at least one status period for this state",
            ),
            UnknownState(id) => (
                format!("{id:?} is not one of the states"),
                "the id of a record in states".to_owned(),
            ),
            LaneNeedsOneState => s(
                "an event on a state's lane must name exactly one state",
                "exactly one state id",
            ),
            DeadlineNotAfter => s(
                "must come after the record's date",
                "a date after the record's date",
            ),
            UnknownDonor(id) => (
                format!("{id:?} is neither a state nor \"CSTO\""),
                "a state id, or \"CSTO\" for the organization".to_owned(),
            ),
            CollectiveTrack => s(
                "the collective donor can only be on the collective track",
                "track \"collective\"",
            ),
            NotPositive => s(
                "must be a positive number",
                "an amount above 0; use status \"undisclosed\" when no source states one",
            ),
            BadRange => s("a range needs 0 < min < max", "0 < min < max"),
            AmountFields => s(
                "fields do not match the status",
                "\"stated\": currency and amount; \"stated_range\": currency, min and max; \"undisclosed\": nothing else",
            ),
            ZeroCount => s(
                "must not be 0",
                "a positive count, or no count when no source gives a number",
            ),
            NoCount => s(
                "has neither count nor count_text",
                "a count, or a count_text saying what the source says",
            ),
            RelatesToMissing(id) => (
                format!("{id:?} is not another assistance record"),
                "the id of an earlier pledge in assistance".to_owned(),
            ),
            RelatesToNotPledge(id) => (
                format!("{id:?} is not a pledge"),
                "the id of an earlier pledge in assistance".to_owned(),
            ),
            RelatesToLater(id) => (
                format!("{id:?} comes after this record"),
                "the id of an earlier pledge in assistance".to_owned(),
            ),
            RunsBeforeApproval => s(
                "the programme cannot run before it was approved",
                "a date on or after approved",
            ),
            RunsToNotAfter => s("must be after runs_from", "a date after runs_from"),
            StageNumber { found, expected } => (format!("is {found}"), expected.to_string()),
            StageYears => s(
                "years must be ordered and inside the programme's run",
                "from_year no later than to_year, both within runs_from to runs_to",
            ),
            ChapterOrder => s(
                "is earlier than the chapter before it",
                "chapters in date order",
            ),
            UnknownHighlight(id) => (
                format!("names unknown record {id:?}"),
                "ids of status periods, events, assistance or the programme".to_owned(),
            ),
            Uncited => s(
                "is cited by no record",
                "a source that at least one record cites",
            ),
            BadCurrency(code) => (
                format!("{code:?} is not a currency code"),
                "an ISO 4217 code such as USD".to_owned(),
            ),
            ConflictNoSources => s(
                "a conflict must name the sources involved",
                "the ids of the sources that disagree",
            ),
            CrossCheck { what, found } => (format!("found {found}"), format!("expected {what}")),
            WordingMissing => s(
                "a stated amount has no words from its source",
                "value.wording: the source's own words for the amount, quoted exactly, with its language and source",
            ),
            WordingSourceNotCited(id) => (
                format!("quotes {id:?}, which the record does not cite"),
                "one of the record's sources".to_owned(),
            ),
            WordingLacksFigure(figure) => (
                format!("the words do not contain the figure {figure}"),
                "the source's words with the amount the record states".to_owned(),
            ),
            QualifierDisagrees { wording, qualifier } => (
                format!("the source's words say {wording:?}, the value's qualifier says {qualifier:?}"),
                "a qualifier that agrees with the words: \"about\", \"up to\", \"more than\", \"at least\" or none".to_owned(),
            ),
            BadLanguage(code) => (
                format!("{code:?} is not a language code"),
                "a BCP 47 language code such as en or ru".to_owned(),
            ),
            InferredWithoutLink => s(
                "marks a link as inferred, but there is no relates_to",
                "relates_to, or no relates_to_inferred",
            ),
            ChangeUnknownRecord(id) => (
                format!("names {id:?}, which is not in the dataset"),
                "the id of a record in this file (or no \"now\", for a record removed)".to_owned(),
            ),
            ChangeNothing => s(
                "says nothing changed",
                "\"was\" or \"now\", and the two different",
            ),
        }
    }

    fn russian(&self) -> (String, String) {
        use Problem::*;
        let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        let pledge = "идентификатор более раннего обязательства в assistance".to_owned();
        match self {
            TooLarge { bytes, limit } => (
                format!("файл занимает {bytes} байт — слишком много для проверки"),
                format!("не более {limit} байт"),
            ),
            LargerThan { limit } => (
                format!("файл больше {limit} байт — слишком много для проверки"),
                format!("не более {limit} байт"),
            ),
            TooLong { length, limit } => (
                format!("текст длиной {length} симв."),
                format!("не более {limit} симв."),
            ),
            ControlCharacter => s(
                "в тексте есть управляющий символ",
                "печатаемый текст (табуляция и перевод строки — только в описаниях и примечаниях)",
            ),
            MoreProblems { more } => (
                format!("и ещё {more} — того же рода"),
                "исправьте указанные выше и проверьте файл снова".to_owned(),
            ),
            TooManyRecords { count, limit } => (
                format!("в наборе {count} записей — слишком много для отображения"),
                format!("не более {limit} записей в сумме"),
            ),
            NotJson {
                line,
                column,
                detail,
            } => (
                format!("это не корректный JSON: строка {line}, столбец {column} ({detail})"),
                "документ JSON той же структуры, что data/csto.json".to_owned(),
            ),
            Unreadable(detail) => (
                format!("не удалось прочитать: {detail}"),
                "набор данных в формате JSON".to_owned(),
            ),
            NotAllowedAddress(url) => (
                format!("{url:?} — не адрес, с которого можно загрузить данные"),
                "путь на этом сайте или адрес, начинающийся с https://".to_owned(),
            ),
            TimedOut { seconds } => (
                format!("загрузка и проверка файла заняли больше {seconds} с и были остановлены"),
                "файл, который приходит и проверяется за это время".to_owned(),
            ),
            FetchFailed => s(
                "файл не удалось получить: нет сети, адрес неверен или сервер не разрешает другим сайтам читать файл (CORS)",
                "файл на этом сайте или на сервере, который отправляет Access-Control-Allow-Origin",
            ),
            HttpStatus(code) => (
                format!("сервер ответил HTTP {code}"),
                "HTTP 200 и сам файл".to_owned(),
            ),
            MissingField => s("поле отсутствует", "это поле; оно обязательно"),
            UnknownField { allowed } => (
                "неизвестное поле: в этой записи его нет".to_owned(),
                format!("одно из полей {allowed}"),
            ),
            DuplicateField => s("поле указано дважды", "каждое поле один раз"),
            WrongType { found, expected } => {
                (format!("значение — {}", ru_type(found)), ru_type(expected))
            }
            WrongValue { found, expected } => {
                (format!("недопустимое значение {found}"), ru_type(expected))
            }
            BadDate(text) => (
                format!("«{text}» — не дата"),
                "ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД с существующими месяцем и днём".to_owned(),
            ),
            Shape(message) => (message.clone(), "структура как в data/csto.json".to_owned()),
            SchemaVersion(found) => (format!("равно {found}"), "1".to_owned()),
            AsOfNotExact => s("не точный день", "точный день в виде ГГГГ-ММ-ДД"),
            Empty => s("пусто", "текст"),
            Padded => s(
                "в начале или в конце есть пробелы",
                "текст без пробелов по краям",
            ),
            DuplicateId => s(
                "этот идентификатор есть у нескольких записей",
                "идентификатор, которого нет у других записей",
            ),
            BadId => s(
                "содержит недопустимые символы",
                "только латинские буквы, цифры и дефисы",
            ),
            NotAlpha3 => s(
                "не код ISO 3166-1 alpha-3",
                "три заглавные латинские буквы, например TJK",
            ),
            NotWebAddress(url) => (
                format!("{url:?} — не веб-адрес"),
                "адрес, начинающийся с http:// или https://".to_owned(),
            ),
            AfterAsOf { date, as_of } => (
                format!("{date} — позже даты актуальности (as_of) {as_of}"),
                format!("дата не позже {as_of}"),
            ),
            BeforeStart { date, start } => (
                format!("{date} — раньше подписания договора"),
                format!("дата не раньше {start}"),
            ),
            NoSource => s(
                "нет ни одного источника",
                "хотя бы один идентификатор из sources",
            ),
            UnknownSource(id) => (
                format!("ссылается на неизвестный источник {id:?}"),
                "идентификатор записи из sources".to_owned(),
            ),
            NotAfter { date, start } => (
                format!("{date} — не позже начала {start}"),
                format!("дата после {start}"),
            ),
            AnnouncedAfterEffect => s(
                "объявление не может быть позже вступления изменения в силу",
                "дата не позже начала периода",
            ),
            OpenButLater(other) => (
                format!("период не закрыт, но {other} того же государства начинается позже"),
                format!("дата окончания не позже начала {other}"),
            ),
            Overlaps { other, ends } => (
                format!("пересекается с {other} того же государства, который кончается {ends}"),
                format!("начало не раньше {ends}"),
            ),
            NoStatusPeriod => s(
                "у государства нет ни одного периода статуса",
                "хотя бы один период статуса для этого государства",
            ),
            UnknownState(id) => (
                format!("{id:?} нет среди государств"),
                "идентификатор записи из states".to_owned(),
            ),
            LaneNeedsOneState => s(
                "событие на линии государства должно называть ровно одно государство",
                "ровно один идентификатор государства",
            ),
            DeadlineNotAfter => s(
                "срок должен быть позже даты записи",
                "дата после даты записи",
            ),
            UnknownDonor(id) => (
                format!("{id:?} — не государство и не \"CSTO\""),
                "идентификатор государства или \"CSTO\" для организации".to_owned(),
            ),
            CollectiveTrack => s(
                "коллективный донор может быть только на коллективной линии",
                "track \"collective\"",
            ),
            NotPositive => s(
                "должно быть положительным числом",
                "сумма больше 0; если ни один источник её не называет — статус \"undisclosed\"",
            ),
            BadRange => s(
                "диапазон должен удовлетворять 0 < min < max",
                "0 < min < max",
            ),
            AmountFields => s(
                "поля не соответствуют статусу",
                "\"stated\": currency и amount; \"stated_range\": currency, min и max; \"undisclosed\": ничего больше",
            ),
            ZeroCount => s(
                "не может быть 0",
                "положительное число или никакого, если источник числа не называет",
            ),
            NoCount => s(
                "нет ни count, ни count_text",
                "count или count_text с тем, что говорит источник",
            ),
            RelatesToMissing(id) => (format!("{id:?} — не другая запись о помощи"), pledge),
            RelatesToNotPledge(id) => (format!("{id:?} — не обязательство"), pledge),
            RelatesToLater(id) => (format!("{id:?} — позже этой записи"), pledge),
            RunsBeforeApproval => s(
                "программа не может начаться до утверждения",
                "дата не раньше approved",
            ),
            RunsToNotAfter => s("должно быть позже runs_from", "дата после runs_from"),
            StageNumber { found, expected } => (format!("равно {found}"), expected.to_string()),
            StageYears => s(
                "годы этапа не упорядочены или выходят за срок программы",
                "from_year не позже to_year, оба в пределах runs_from — runs_to",
            ),
            ChapterOrder => s("раньше предыдущей главы", "главы в порядке дат"),
            UnknownHighlight(id) => (
                format!("называет неизвестную запись {id:?}"),
                "идентификаторы периодов, событий, помощи или программы".to_owned(),
            ),
            Uncited => s(
                "ни одна запись не ссылается на этот источник",
                "источник, на который ссылается хотя бы одна запись",
            ),
            BadCurrency(code) => (
                format!("{code:?} — не код валюты"),
                "код ISO 4217, например USD".to_owned(),
            ),
            ConflictNoSources => s(
                "у расхождения не названы источники",
                "идентификаторы расходящихся источников",
            ),
            CrossCheck { what, found } => {
                (format!("найдено {found}"), format!("ожидалось: {what}"))
            }
            WordingMissing => s(
                "у названной суммы нет слов источника",
                "value.wording: собственные слова источника о сумме, дословно, с языком и источником",
            ),
            WordingSourceNotCited(id) => (
                format!("цитирует {id:?}, на который запись не ссылается"),
                "один из источников записи".to_owned(),
            ),
            WordingLacksFigure(figure) => (
                format!("в словах нет числа {figure}"),
                "слова источника с той суммой, которую называет запись".to_owned(),
            ),
            QualifierDisagrees { wording, qualifier } => (
                format!("слова источника говорят {wording:?}, уточнение суммы — {qualifier:?}"),
                "уточнение, согласное со словами: \"about\", \"up to\", \"more than\", \"at least\" или никакого".to_owned(),
            ),
            BadLanguage(code) => (
                format!("{code:?} — не код языка"),
                "код языка BCP 47, например en или ru".to_owned(),
            ),
            InferredWithoutLink => s(
                "связь отмечена как вывод, но relates_to нет",
                "relates_to или никакого relates_to_inferred",
            ),
            ChangeUnknownRecord(id) => (
                format!("называет {id:?}, которой нет в наборе"),
                "идентификатор записи этого файла (или никакого \"now\" для удалённой записи)".to_owned(),
            ),
            ChangeNothing => s(
                "не говорит, что изменилось",
                "\"was\" или \"now\", и они различаются",
            ),
        }
    }
}

/// Serde's names of Rust number types, in words a dataset author knows.
fn plain_type(expected: &str) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" => "a whole number".to_owned(),
        "f32" | "f64" => "a number".to_owned(),
        other => other.to_owned(),
    }
}

impl Problem {
    /// Reads serde_json's message for a shape error (it has no structured form) into a problem.
    pub fn from_serde_message(message: &str) -> Problem {
        // serde appends " at line L column C"; the position is reported separately.
        let message = match message.rfind(" at line ") {
            Some(i) => &message[..i],
            None => message,
        };
        let ticked = |s: &str| s.split('`').nth(1).unwrap_or("").to_owned();
        if message.starts_with("missing field `") {
            Problem::MissingField
        } else if message.starts_with("duplicate field `") {
            Problem::DuplicateField
        } else if let Some(rest) = message.strip_prefix("unknown field `") {
            let allowed = rest
                .split_once(", expected ")
                .map(|(_, a)| a.trim_start_matches("one of ").to_owned())
                .unwrap_or_else(|| "no field here".to_owned());
            Problem::UnknownField { allowed }
        } else if let Some(rest) = message.strip_prefix("invalid type: ") {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
            Problem::WrongType {
                found: found.to_owned(),
                expected: plain_type(expected),
            }
        } else if message.starts_with("unknown variant `") {
            let expected = message
                .split_once(", expected ")
                .map(|(_, a)| a.to_owned())
                .unwrap_or_default();
            Problem::WrongValue {
                found: format!("`{}`", ticked(message)),
                expected,
            }
        } else if let Some(rest) = message.strip_prefix("invalid value: ") {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
            Problem::WrongValue {
                found: found.to_owned(),
                expected: plain_type(expected),
            }
        } else if let Some(rest) = message.strip_prefix("invalid date \"") {
            Problem::BadDate(rest.split('"').next().unwrap_or("").to_owned())
        } else {
            Problem::Shape(message.to_owned())
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (wrong, expected) = self.english();
        write!(f, "{wrong} (expected: {expected})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_problems() {
        assert_eq!(
            Problem::from_serde_message("missing field `sources` at line 3 column 5"),
            Problem::MissingField
        );
        assert_eq!(
            Problem::from_serde_message(
                "unknown field `colour`, expected one of `id`, `name` at line 1 column 9"
            ),
            Problem::UnknownField {
                allowed: "`id`, `name`".into()
            }
        );
        assert_eq!(
            Problem::from_serde_message("invalid type: string \"x\", expected u32"),
            Problem::WrongType {
                found: "string \"x\"".into(),
                expected: "a whole number".into()
            }
        );
        let (wrong, expected) = Problem::from_serde_message(
            "invalid type: string \"x\", expected u32 at line 2 column 3",
        )
        .describe("ru");
        assert_eq!(
            (wrong.as_str(), expected.as_str()),
            ("значение — строка \"x\"", "целое число")
        );
    }

    #[test]
    fn every_problem_reads_in_both_languages() {
        let p = Problem::Overlaps {
            other: "a".into(),
            ends: "2000".into(),
        };
        let (en, _) = p.describe("en");
        let (ru, _) = p.describe("ru");
        assert!(en.contains("overlaps a"));
        assert!(ru.contains("пересекается с a"));
    }
}
