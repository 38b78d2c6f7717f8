//! Русский: the CSTO's working language and the one its region reads first.

use super::{Key, Language};

pub const LANGUAGE: Language = Language {
    code: "ru",
    name: "Русский",
    switched_on: true,
    text,
    plural,
    plural_forms: 3,
    months_with_day: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    decimal_separator: ",",
    thousands_separator: "\u{a0}",
};

/// One (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 25–30, 11–14).
fn plural(n: u64) -> usize {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => 0,
        (2..=4, r) if !(12..=14).contains(&r) => 1,
        _ => 2,
    }
}

fn text(key: Key) -> Option<&'static str> {
    use Key::*;
    Some(match key {
        PageTitle => "ОДКБ: состав с 1992 года по сей день и помощь таджикской границе",
        Kicker => "Организация Договора о коллективной безопасности",
        Headline => "Кто вступил, кто вышел и что обещали таджикской границе",
        Dek => {
            "Состав ОДКБ от договора 1992 года до наших дней и помощь, которую её члены обещали и передали для укрепления границы Таджикистана с Афганистаном. У каждого факта есть источник; "
        }
        DekLink => "скачать набор данных (JSON)",
        SkipLink => "Перейти к обозревателю",
        Loading => "Загрузка временной шкалы и графика…",
        TextsNotLoaded => {
            "Тексты записей не удалось загрузить на этом языке, поэтому они показаны на английском."
        }

        AsOfLine => "Факты проверены на {date} · версия данных {version} · ",
        CorrectionsLink => "исправления",
        SourcesLink => "источники",
        ThemeLabel => "Тема",
        ThemeAuto => "Авто",
        ThemeLight => "Светлая",
        ThemeDark => "Тёмная",
        LanguageLabel => "Язык",
        FullExplorer => "Открыть полную версию обозревателя",
        DetailsLabel => "Подробности",
        DetailEmpty => {
            "Выберите период, событие или отметку на графике, чтобы узнать, что произошло, когда это было объявлено и когда вступило в силу, и увидеть источники."
        }
        TimelineTitle => "Состав, с {year} года по сей день",
        TimelineDek => {
            "Статус каждого государства во времени. Выберите полосу или событие, чтобы увидеть подробности; линия отмечает дату состава."
        }

        AnnounceSelected => "Выбрано: {title}. Подробности показаны.",
        AnnounceClosed => "Подробности закрыты.",
        AnnounceTheme => "Тема: {theme}.",
        AnnounceProjectorOn => "Режим проектора: крупный шрифт и высокий контраст.",
        AnnounceProjectorOff => "Режим проектора выключен.",
        ProjectorLabel => "Проектор",
        AnnounceTrack => "На графике: {track}.",
        AnnounceLanguage => "Язык: русский.",

        StatusSignatory => "Подписал договор",
        StatusMember => "Член",
        StatusFrozen => "Участие заморожено",
        StatusSuspended => "Членство приостановлено",
        StatusNotParty => "Не участвует",
        NotYetSigned => "Ещё не подписал",
        BasisEffective => "Вступило в силу",
        BasisDeclared => "Заявлено",
        BasisSigned => "Подписано",
        KindTreaty => "Договор",
        KindInstitution => "Организация",
        KindMembership => "Членство",
        KindBorder => "Помощь границе",
        TrackCollective => "Коллективная линия ОДКБ",
        TrackBilateral => "Двусторонняя помощь",
        AidPledge => "Обязательство",
        AidDelivery => "Поставка",
        AidNoneReported => "Поставок не сообщалось",
        RecipientBorderTroops => "Пограничные войска",
        RecipientArmedForces => "Вооружённые силы",
        RecipientNotStated => "Получатель не указан",
        RecipientForBorderTroops => "для пограничных войск",
        RecipientForArmedForces => "для вооружённых сил",
        RecipientPhraseNotStated => "получатель не указан",
        ConfidenceHigh => "высокая",
        ConfidenceMedium => "средняя",
        ConfidenceLow => "низкая",
        CollectiveDonor => "ОДКБ (коллективно)",
        OrganizationLane => "Организация",

        DateDay => "{day} {month} {year} г.",
        DateMonth => "{month} {year} г.",
        DateYear => "{year} г.",
        DateRange => "{from} – {to}",
        Since => "с {date}",
        Thousand => " тыс.",
        Million => " млн",
        Billion => " млрд",
        MoneyPattern => "{amount} {currency}",
        CurrencyUsd => "долл. США",
        CurrencyRub => "руб.",

        TimelineKey => "Условные обозначения временной шкалы",
        LegendEvent => "Событие",
        LegendBorderEvent => "Событие помощи границе",
        LegendUnverified => "Не проверено после даты сверки",
        TimelineGroup => {
            "Временная шкала: стрелки перемещают между элементами, Enter открывает элемент"
        }
        TodayMarker => "Сегодня, {date}",
        RosterMarker => "Состав: {date}",
        AxisHint => "Нажмите, чтобы показать состав на эту дату",
        PeriodTooltip => "{state}: {status}, {when}",
        ListSummary => "Временная шкала списком (записей: {n})",
        ChronologyTitle => "{title} ({status})",

        RosterDate => "Дата состава",
        ExactDay => "Точная дата",
        SliderHint => {
            "Ползунок переходит по годам (на 31 декабря каждого); чтобы выбрать точную дату, введите её или нажмите на ось шкалы."
        }
        RosterOn => "Состав на {date}",
        RosterAfterAsOf => {
            "Эта дата позже {date} — последнего дня, на который сверялись источники: показаны последние известные статусы."
        }
        RosterHeadline => "На {date}: {list}.",
        RosterMembers => "{n} член|{n} члена|{n} членов",
        RosterMembersFrozen => "{members} (участие заморожено: {n})",
        RosterSuspended => "членство приостановлено: {n}",
        RosterSignatories => "подписали, договор ещё не в силе: {n}",
        RosterNotParty => "не участвуют: {n}",
        RosterNotYetSigned => "ещё не подписали: {n}",

        CloseDetails => "Закрыть подробности (Esc)",
        ConfidenceLine => "Достоверность: {level}",
        SourcesDisagree => "Источники расходятся",
        SourcesHeading => "Источники",
        Announced => "Объявлено",
        From => "С",
        Until => "По",
        StillInPlace => "сохраняется на {date} (последняя дата сверки)",
        FactStatus => "Статус",
        LegalEffect => "Юридическая сила",
        KindStatusPeriod => "Период статуса",
        FactType => "Тип",
        FactStates => "Государства",
        KindEvent => "Событие",
        FactDate => "Дата",
        DateByNote => " (сообщено как выполненное к этой дате; точная дата не указана)",
        DateApproxNote => " (приблизительно)",
        Deadline => "Срок",
        FactTrack => "Линия",
        FactRecipient => "Получатель",
        FactValue => "Сумма",
        ValueUndisclosedLong => "не раскрыта (ни один источник не называет сумму)",
        FactItems => "Имущество",
        WhatItCounts => "Что учитывается",
        Answers => "Во исполнение",
        StageLabel => "Этап {n} ({years})",
        StatusAt => "Положение на {date}",
        KindProgramme => "Программа",
        Approved => "Утверждена",
        Runs => "Сроки",
        ProgrammeDescription => {
            "Программа ОДКБ по оснащению границы Таджикистана с Афганистаном. Общая стоимость и доли стран не опубликованы."
        }

        ChartTitle => "Обещано и передано: помощь границе Таджикистана с Афганистаном",
        ChartDek => {
            "В сентябре 2013 года члены ОДКБ пообещали пограничным войскам Таджикистана военно-техническую помощь в течение трёх месяцев. Каждая отметка — обязательство или сообщение о поставке на его дату."
        }
        TrackSwitchLabel => "Какую помощь показать",
        ChartKey => "Условные обозначения графика",
        LegendPledge => "Обязательство, сумма названа",
        LegendPledgeOpen => "Обязательство, сумма не раскрыта",
        LegendDelivery => "Сообщение о поставке",
        LegendNone => "Поставок не сообщалось",
        LegendDeadline => "Три месяца по обязательству 2013 года",
        Units => {
            "Суммы приведены так, как их называет источник, в его валюте (доллары США, рубли); количества — там, где источники их называют. Никакие суммы не оценивались: «не раскрыта» означает, что ни один источник её не называет."
        }
        SourceLine => {
            "Источники: записей — {records}, издателей — {publishers}; ссылки у каждой отметки (наведите, сфокусируйте или откройте таблицу). Версия данных {version}, проверено на {date}"
        }
        TableSummary => "Показать данные таблицей",
        TableCaption => "{track}: все обязательства и сообщения о поставках",
        ColumnDonor => "Донор",
        ColumnDate => "Дата",
        ColumnKind => "Вид",
        ColumnValue => "Сумма или имущество",
        ColumnRecipient => "Получатель",
        ColumnConfidence => "Достоверность",
        ColumnSource => "Источник",
        ProgrammeLine => "Утверждена {date}; действует в {from}–{to} гг., этапов: {stages}. ",
        ProgrammeStatus => "Положение на {date}: ",
        ProgrammeDetails => "Подробности и источники по программе",
        NoneReported => "поставок не сообщалось",
        KindsOfItems => "{n} вид имущества|{n} вида имущества|{n} видов имущества",
        AmountUndisclosed => "сумма не раскрыта",
        Disputed => "{label} (оспаривается)",
        Undisclosed => "не раскрыта",
        MarkPledged => "обязательство",
        MarkDelivered => "поставка",
        MarkNoneReported => "поставок не сообщалось",
        MarkDescription => "{donor}, {kind}, {date}, {recipient}: {value}. {title}.",
        MarkSource => " Источник: {publisher}.",
        MarkDisputed => " Источники расходятся.",
        ChartNoDelivery => "поставок не сообщалось",
        ChartDeadline => "обязательство 2013 г.: помощь в течение 3 месяцев",
        ChartCheckedTo => "проверено на {date}",
        FirstDeliveriesBy => "о первых поставках сообщено к {date} (даты не указаны)",
        FirstDeliveryOn => "{date} — первая поставка",
        ChartSvgTitle => "Обещанная и переданная помощь границе Таджикистана: {track}",
        ChartSummary => {
            "{track}, с {from} по {to}: доноров — {donors}, обязательств — {pledges} (без названной суммы — {undisclosed}), сообщений о поставках — {deliveries}."
        }
        ChartDeadlineSentence => {
            " Решение 2013 года обещало помощь в течение трёх месяцев (с {from} по {to})."
        }
        ChartNothingFrom => " Поставок не сообщалось от: {list}.",

        CiteTitle => "Как цитировать",
        CiteIntro => {
            "Укажите версию набора данных и его отпечаток, чтобы читатель мог проверить, что у него те же данные."
        }
        CiteVersion => "Версия набора данных",
        CiteCheckedTo => "Факты проверены на",
        CiteDigest => "SHA-256 файла data/csto.json",
        CiteLicence => "Лицензия",
        CiteSuggested => "Предлагаемая ссылка",
        CiteLine => "{title}. Обозреватель ОДКБ, версия данных {version}, факты проверены на {date}; SHA-256 {digest}.",
        CiteData => "Данные и источники одним файлом",
        CiteCorrections => "Журнал исправлений",

        OfflineCopy => "Копия без сети",
        OfflineLink => "Скачать копию для работы без сети (HTML)",
        OfflineNote => {
            "Один файл, в котором есть всё: он откроется с флешки или из вложения письма, без сети."
        }
        ShareTitle => "Поделиться, встроить, скачать",
        ShareIntro => {
            "Ссылка и встраивание открывают текущий вид: запись, дату, раздел диаграммы, тему и язык."
        }
        LinkLabel => "Ссылка на этот вид",
        CopyLink => "Копировать ссылку",
        CopyCode => "Копировать код",
        Copied => "Скопировано в буфер обмена.",
        CopyFailed => "Не удалось скопировать: текст выделен, нажмите Ctrl+C (или ⌘C).",
        EmbedOpen => "Встроить этот вид…",
        EmbedTitle => "Встроить этот вид в статью",
        EmbedIntro => {
            "Вставьте этот код туда, где должен появиться обозреватель. Во фрейме откроется этот вид в компактной раскладке; небольшой скрипт подгоняет высоту фрейма под содержимое. С других сайтов ничего не загружается."
        }
        EmbedSync => "Сохранять вид читателя в адресе статьи (вид восстановится, если статью откроют снова или поделятся ею)",
        EmbedLocalFile => "Эта копия открыта как локальный файл: чтобы встроить её, опубликуйте её на веб-сервере.",
        EmbedFrameTitle => "Обозреватель ОДКБ: состав с 1992 года до наших дней и помощь для границы Таджикистана",
        CloseDialog => "Закрыть",
        DownloadTimeline => "Хронология",
        DownloadChart => "Диаграмма помощи",
        DownloadData => "Данные",
        ObjectTimeline => "хронологию",
        ObjectChart => "диаграмму помощи",
        ObjectData => "данные",
        DownloadAs => "Скачать {what} в формате {format}",
        FormatSvg => "SVG",
        FormatPng => "PNG (2×)",
        FormatCsv => "CSV-таблицы (zip)",
        FormatJson => "JSON",
        DownloadNote => {
            "Изображения нарисованы на белом фоне, с заголовком, источником и версией данных внутри; файлы данных содержат ссылку для цитирования и лицензию."
        }
        ExportFailed => "Не удалось подготовить файл: {reason}",
        ExportSourceCustom => "Источник: {title}, данные версии {version} на {date}, загруженные в обозреватель ОДКБ; их факты мы не проверяли. {licence}",
        ExportSource => "Источник: обозреватель ОДКБ, данные версии {version} (факты проверены на {date}). {licence}",
        ExportChartSubtitle => "{track}. Ромб — обещание, круг — сообщение о поставке.",
        ReadmeText => {
            "{title}

Как цитировать: {citation}

Лицензия: {licence}

{coverage}

{language}

Файлы (через запятую, UTF-8; списки идентификаторов разделены «; »):
- states.csv: государства, когда-либо участвовавшие в договоре, по кодам ISO 3166-1.
- status_periods.csv: статус каждого государства (signatory — подписант, member — член, frozen — участие заморожено, suspended — членство приостановлено, not_party — не участник) с start по end; пустой end означает, что статус действует.
- announcements.csv: шаги, объявленные до того, как статус вступил в силу.
- events.csv: датированные вехи организации и её членов.
- assistance.csv: обещанная и поставленная помощь для границы Таджикистана. Сумма, которую не называет ни один источник, имеет value_status «undisclosed» и пустое поле amount: это никогда не 0 и не оценка.
- assistance_items.csv: техника, учтённая в записи о помощи.
- programme.csv и programme_stages.csv: Межгосударственная целевая программа укрепления таджикско-афганской границы на 2025–2029 годы.
- sources.csv: все источники, на которые ссылаются другие таблицы (издатель, название, дата, адрес).
- chapters.csv: главы режима истории и записи, на которые указывает каждая (highlights).
- corrections.csv: ошибки исходной статьи и что вместо этого говорят источники.

У каждой записи указаны источники и достоверность (high — высокая, medium — средняя, low — низкая); conflict_note описывает расхождения источников. Коды в таблицах — на английском, как в исходном файле."
        }
        ReadmeLanguage => "Тексты записей — перевод команды на русский; оригинал на английском — файл data/csto.json. Названия источников приведены так, как они опубликованы.",
        StoryOpen => "Рассказать историю",
        StoryOpenHint => "Десять глав с 1992 года до наших дней — для урока или презентации; клавиши пульта работают.",
        StoryLabel => "История",
        StoryProgress => "Глава {n} из {total}",
        StoryPrevious => "Назад",
        StoryNext => "Далее",
        StoryReveal => "Угадай, что дальше",
        StoryRevealHint => "Скрывает всё, что было после даты этой главы, чтобы класс мог угадать продолжение.",
        StoryFullscreen => "Во весь экран",
        StoryLeave => "Выйти из истории",
        StoryKeys => {
            "Клавиши: →, пробел или Page Down — следующая глава; ← или Page Up — предыдущая; Home и End — первая и последняя; Esc — выход."
        }
        StorySources => "Источники: ",
        AnnounceChapter => "Глава {n} из {total}: {title}.",
        AnnounceStoryLeft => "Вы вышли из истории.",
        AnnounceRevealOn => "«Угадай, что дальше»: более поздние факты скрыты.",
        AnnounceRevealOff => "«Угадай, что дальше» выключено: показано всё.",
        MapTitle => "Регион на {date}",
        MapDek => {
            "Каждое государство в своём статусе на дату состава, с узорами хронологии. Красная линия — граница Таджикистана с Афганистаном. Выберите государство, чтобы увидеть подробности."
        }
        MapGroup => "Карта государств, когда-либо участвовавших в договоре",
        MapStateLabel => "{state}: {status}",
        MapStateSince => "{state}: {status} (с {date})",
        MapAfghanistan => "Афганистан",
        MapBorder => "Таджикско-афганская граница",
        MapCredit => {
            "Границы: Natural Earth (общественное достояние), упрощены. Это фактические линии, а не позиция по какой-либо спорной территории."
        }
        ChangesTitle => "Что изменилось между двумя датами",
        ChangesIntro => {
            "Выберите две даты: все изменения статуса и все записи о помощи после первой даты и по вторую включительно — простыми фразами, которые можно цитировать."
        }
        ChangesFrom => "С",
        ChangesTo => "По",
        ChangesSummary => "За это время: {statuses}, {pledges} и {deliveries}.",
        ChangesNone => "Ничего не изменилось: между этими датами нет ни изменений статуса, ни записей о помощи.",
        ChangesStatusCount => "{n} изменение статуса|{n} изменения статуса|{n} изменений статуса",
        ChangesPledgeCount => "{n} обязательство|{n} обязательства|{n} обязательств",
        ChangesDeliveryCount => "{n} сообщение о поставке|{n} сообщения о поставках|{n} сообщений о поставках",
        ChangesCopy => "Копировать текстом",
        ChangeSigned => "{date} — {state}: подписание Договора о коллективной безопасности.",
        ChangeJoined => "{date} — {state}: вступление в число членов.",
        ChangeReturned => "{date} — {state}: возвращение в число членов.",
        ChangeResumed => "{date} — {state}: возобновление полноценного участия.",
        ChangeFroze => "{date} — {state}: участие заморожено (юридически государство остаётся членом).",
        ChangeSuspended => "{date} — {state}: членство приостановлено.",
        ChangeLeft => "{date} — {state}: выход из договора.",
        ChangeDeclaredNote => " Дата — дата заявления, а не вступления в силу.",
        ChangeSignedNote => " Дата — дата подписания; когда решение вступило в силу, не записано.",
        ChangePledged => "{date} — {donor}: обязательство оказать помощь, {label}.",
        ChangeDelivered => "{date} — {donor}: сообщение о поставке, {label}.",
        ChangeNoneReported => "{date} — {donor}: поставок не сообщалось.",
        PlayYears => "Показать год за годом",
        PauseYears => "Пауза",
        CorrectionsTitle => "Исправления к исходной статье",
        CorrectionsIntro => {
            "Этот обозреватель начинался со статьи об ОДКБ и таджикской границе. Сверка с источниками выявила в ней следующие ошибки."
        }
        Claimed => "Утверждалось: ",
        InFact => "На деле: ",
        CorrectionConfidence => "Достоверность: {level}. Источники: ",
        NoDate => "б. д.",
        OpensNewTab => " (откроется в новой вкладке)",
        NoAddress => " (веб-адрес не записан)",
        SourcesTitle => "Все источники ({n})",
        SourcesIntro => {
            "Источники приведены так, как они опубликованы; названия в [квадратных скобках] — наше описание материалов, заголовок которых мы не записали. Зеркала и вторичные источники отмечены. Цитаты в текстах записей переведены нами с английского, если русский оригинал в наших материалах не записан."
        }

        DataErrorTitle => "Не удалось загрузить набор данных",
        DataErrorCount => "Найдено проблем: {n}",
        PanicTitle => "Что-то пошло не так",
        PanicText => {
            "Обозреватель остановился из-за ошибки. Обычно помогает перезагрузка страницы. Данные и источники доступны и в виде файла: "
        }
        PanicFile => "csto.json",
        PanicReload => "Перезагрузить страницу",

        OwnDataTitle => "Свои данные",
        OwnDataIntro => {
            "Покажите другой союз или другие обещания в этом обозревателе: загрузите набор данных в том же формате, что и наш. Выбранный файл остаётся в вашем браузере; ничего не отправляется."
        }
        OwnDataChoose => "Выбрать файл JSON",
        OwnDataDrop => "или перетащите его сюда",
        OwnDataLimits => "Не более {mb} МБ и {records} записей. Все проблемы будут перечислены до того, как что-то будет показано.",
        OwnDataSchema => "Формат (JSON Schema)",
        OwnDataGuide => "Как его составить (руководство, англ.)",
        OwnDataExample => "Наши данные об ОДКБ как пример",
        OwnDataChecking => "Проверяем {name}…",
        OwnDataFetching => "Загружаем данные из {name}…",
        OwnDataLoaded => "Показаны ваши данные: {title} ({name}).",
        OwnDataProblems => "{name} не загружен. Найдено проблем: {n}.",
        OwnDataKept => "Данные на экране не изменились.",
        OwnDataTopLevel => "файл в целом",
        OwnDataExpected => "Ожидалось:",
        OwnDataBanner => "Вы смотрите не наши данные: {title}, из {name}. Их факты мы не проверяли.",
        OwnDataBack => "Вернуться к данным об ОДКБ",
        OwnDataAsk => "Ссылка предлагает загрузить данные с другого сайта, {origin}. Загрузить?",
        OwnDataAskLoad => "Загрузить данные",
        OwnDataAskSkip => "Не сейчас",
        AnnounceData => "Показано: {title}.",
    })
}
