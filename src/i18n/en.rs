//! English: the source language and the fallback for any key another table lacks. Its match
//! has no wildcard arm, so a new key does not compile until it has an English text.

use super::{Key, Language};

pub const LANGUAGE: Language = Language {
    code: "en",
    name: "English",
    switched_on: true,
    text,
    plural: |n| usize::from(n != 1),
    plural_forms: 2,
    months_with_day: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    decimal_separator: ".",
    thousands_separator: ",",
};

fn text(key: Key) -> Option<&'static str> {
    use Key::*;
    Some(match key {
        PageTitle => "The CSTO explorer: membership 1992 to today and aid for Tajikistan's border",
        Kicker => "Collective Security Treaty Organization",
        Headline => "Who joined, who left, and what was promised to Tajikistan's border",
        Dek => {
            "The CSTO's membership from the 1992 treaty to today, and the aid its members pledged and delivered to reinforce Tajikistan's border with Afghanistan. Every fact is sourced; "
        }
        DekLink => "download the dataset (JSON)",
        SkipLink => "Skip to the explorer",
        Loading => "Loading the timeline and chart…",
        TextsNotLoaded => {
            "The texts in this language could not be loaded, so the page is shown in English."
        }

        AsOfLine => "Facts checked to {date} · dataset {version} · ",
        CorrectionsLink => "corrections",
        SourcesLink => "sources",
        ThemeLabel => "Theme",
        ThemeAuto => "Auto",
        ThemeLight => "Light",
        ThemeDark => "Dark",
        LanguageLabel => "Language",
        FullExplorer => "View the full explorer",
        DetailsLabel => "Details",
        DetailEmpty => {
            "Select a period, an event or a chart mark to see what happened, when it was announced and took effect, and the sources."
        }
        TimelineTitle => "Membership, {year} to today",
        TimelineDek => {
            "Each state's status over time. Select a bar or an event for details; the line marks the roster date."
        }

        AnnounceSelected => "Selected: {title}. Details shown.",
        AnnounceClosed => "Details closed.",
        AnnounceTheme => "Theme: {theme}.",
        AnnounceProjectorOn => "Projector mode: large type and high contrast.",
        AnnounceProjectorOff => "Projector mode off.",
        ProjectorLabel => "Projector",
        AnnounceTrack => "Chart shows: {track}.",
        AnnounceLanguage => "Language: English.",

        StatusSignatory => "Signatory",
        StatusMember => "Member",
        StatusFrozen => "Participation frozen",
        StatusSuspended => "Suspended",
        StatusNotParty => "Not a party",
        NotYetSigned => "Not yet a signatory",
        BasisEffective => "Effective",
        BasisDeclared => "Declared",
        BasisSigned => "Signed",
        KindTreaty => "Treaty",
        KindInstitution => "Organization",
        KindMembership => "Membership",
        KindBorder => "Border aid",
        TrackCollective => "Collective CSTO track",
        TrackBilateral => "Bilateral aid",
        AidPledge => "Pledge",
        AidDelivery => "Delivery",
        AidNoneReported => "No delivery reported",
        RecipientBorderTroops => "Border Troops",
        RecipientArmedForces => "Armed forces",
        RecipientNotStated => "Recipient not stated",
        RecipientForBorderTroops => "for the Border Troops",
        RecipientForArmedForces => "for the armed forces",
        RecipientPhraseNotStated => "recipient not stated",
        ConfidenceHigh => "high",
        ConfidenceMedium => "medium",
        ConfidenceLow => "low",
        CollectiveDonor => "CSTO (collective)",
        OrganizationLane => "Organization",

        DateDay => "{day} {month} {year}",
        DateMonth => "{month} {year}",
        DateYear => "{year}",
        DateRange => "{from} – {to}",
        Since => "since {date}",
        Thousand => " thousand",
        Million => " million",
        Billion => " billion",
        MoneyPattern => "{currency} {amount}",
        CurrencyUsd => "USD",
        CurrencyRub => "RUB",

        TimelineKey => "Key to the timeline",
        LegendEvent => "Event",
        LegendBorderEvent => "Border-aid event",
        LegendUnverified => "Not checked after the as-of date",
        TimelineGroup => "Timeline: use the arrow keys to move between items, Enter to open one",
        TodayMarker => "Today, {date}",
        RosterMarker => "Roster: {date}",
        AxisHint => "Click to show the roster at that date",
        PeriodTooltip => "{state}: {status}, {when}",
        ListSummary => "The timeline as a list ({n} entries)",
        ChronologyTitle => "{title} ({status})",

        RosterDate => "Roster date",
        ExactDay => "Exact day",
        SliderHint => {
            "The slider steps through years (31 December of each); type a day, or click the timeline's axis, for an exact date."
        }
        RosterOn => "Roster on {date}",
        RosterAfterAsOf => {
            "This date is after {date}, the last day our sources were checked: the statuses shown are the last known ones."
        }
        RosterHeadline => "On {date}: {list}.",
        RosterMembers => "{n} member|{n} members",
        RosterMembersFrozen => "{members} ({n} with participation frozen)",
        RosterSuspended => "{n} suspended",
        RosterSignatories => "{n} signatories, treaty not yet in force",
        RosterNotParty => "{n} not a party",
        RosterNotYetSigned => "{n} not yet signed",

        CloseDetails => "Close details (Esc)",
        ConfidenceLine => "Confidence: {level}",
        SourcesDisagree => "Sources disagree",
        SourcesHeading => "Sources",
        Announced => "Announced",
        From => "From",
        Until => "Until",
        StillInPlace => "still in place at {date} (the latest date checked)",
        FactStatus => "Status",
        LegalEffect => "Legal effect",
        KindStatusPeriod => "Status period",
        FactType => "Type",
        FactStates => "States",
        KindEvent => "Event",
        FactDate => "Date",
        DateByNote => " (reported as done by then; exact date not stated)",
        DateApproxNote => " (approximate)",
        Deadline => "Deadline",
        FactTrack => "Track",
        FactRecipient => "Recipient",
        FactValue => "Value",
        ValueUndisclosedLong => "undisclosed (no source states an amount)",
        FactItems => "Items",
        WhatItCounts => "What it counts",
        Answers => "Answers",
        StageLabel => "Stage {n} ({years})",
        StatusAt => "Status at {date}",
        KindProgramme => "Programme",
        Approved => "Approved",
        LastDay => "{date} (last day {last})",
        SourceWords => "In the source's words",
        SourceWordsBy => "({publisher})",
        AnswersInferred => "Answers (our inference: no source links the two)",
        QualifierAbout => "about",
        QualifierUpTo => "up to",
        QualifierMoreThan => "more than",
        QualifierAtLeast => "at least",
        Runs => "Runs",
        ProgrammeDescription => {
            "The CSTO's programme to equip Tajikistan's border with Afghanistan. No total cost or per-country share has been published."
        }

        ChartTitle => "Promised and delivered: aid for Tajikistan's border with Afghanistan",
        ChartDek => {
            "In September 2013 CSTO members promised Tajikistan's Border Troops military-technical aid within three months. Each mark is a pledge or a reported delivery, placed at its date."
        }
        TrackSwitchLabel => "Which aid to show",
        ChartKey => "Key to the chart",
        LegendPledge => "Pledge, amount stated",
        LegendPledgeOpen => "Pledge, amount undisclosed",
        LegendDelivery => "Reported delivery",
        LegendNone => "No delivery reported",
        LegendDeadline => "The 2013 pledge's three months",
        Units => {
            "Values are as each source states them, in its own currency (USD, RUB); counts where sources count things. No amount is estimated: \"undisclosed\" means no source gives one."
        }
        SourceLine => {
            "Sources: {records} records from {publishers} publishers, cited per mark (hover, focus or open the table). Checked to {date}. Dataset {version}."
        }
        TableSummary => "Show the numbers as a table",
        TableCaption => "{track}: every pledge and reported delivery",
        ColumnDonor => "Donor",
        ColumnDate => "Date",
        ColumnKind => "Kind",
        ColumnValue => "Value or items",
        ColumnRecipient => "Recipient",
        ColumnConfidence => "Confidence",
        ColumnSource => "Source",
        ProgrammeLine => "Approved {date}; runs {from}–{to} in {stages} stages. ",
        ProgrammeStatus => "Status at {date}: ",
        ProgrammeDetails => "Programme details and sources",
        NoneReported => "none reported",
        KindsOfItems => "{n} kind of items|{n} kinds of items",
        AmountUndisclosed => "amount undisclosed",
        Disputed => "{label} (disputed)",
        Undisclosed => "undisclosed",
        MarkPledged => "pledged",
        MarkDelivered => "delivered",
        MarkNoneReported => "no delivery reported",
        MarkDescription => "{donor}, {kind} {date}, {recipient}: {value}. {title}.",
        MarkSource => " Source: {publisher}.",
        MarkWording => " In the source's words: “{words}”.",
        MarkDisputed => " Sources disagree.",
        ChartNoDelivery => "no delivery reported",
        ChartDeadline => "2013 pledge: aid due within 3 months",
        ChartDeadlineShort => "aid due within 3 months",
        ChartCheckedTo => "checked to {date}",
        FirstDeliveriesBy => "first deliveries reported by {date} (dates not stated)",
        FirstDeliveryOn => "first delivery on {date}",
        ChartSvgTitle => "Pledged and delivered aid for Tajikistan's border: {track}",
        ChartSummary => {
            "{track}: {donors} donors, {pledges} pledges ({undisclosed} with no stated amount) and {deliveries} reported deliveries, {from} to {to}."
        }
        ChartDeadlineSentence => {
            " The 2013 decision promised aid within three months ({from} to {to})."
        }
        ChartNothingFrom => " No delivery reported from: {list}.",

        CiteTitle => "Cite this",
        CiteIntro => {
            "Name the dataset version and its fingerprint, so a reader can check they have the very data you used."
        }
        CiteVersion => "Dataset version",
        CiteCheckedTo => "Facts checked to",
        CiteDigest => "SHA-256 of data/csto.json",
        CiteLicence => "Licence",
        CiteSuggested => "Suggested citation",
        CiteLine => "{title}. The CSTO explorer, dataset version {version}, facts checked to {date}. SHA-256 {digest}.",
        CiteData => "The data and its sources as a file",
        CiteCorrections => "Corrections log",
        ChangelogTitle => "What changed in version {version}",
        ChangelogIntro => {
            "Our corrections to our own data, after an independent check of every record against archived sources: each record we changed, what it said, what it says now, why, and the source. The corrections to the starting article are a separate list."
        }
                ChangelogWas => "Was",
        ChangelogNow => "Now",
        ChangelogWhy => "Why",
        ChangelogAdded => "(new)",
        ChangelogRemoved => "(removed)",
        ChangelogSources => "Source",
        ChangelogLink => "What changed in this version",
        ChangelogCorrections => "{n} correction, each with what it said, what it says and why|{n} corrections, each with what it said, what it says and why",
        ChangelogAddresses => {
            "A web address found for {n} source that had none|Web addresses found for {n} sources that had none"
        }

        OfflineCopy => "Offline copy",
        OfflineLink => "Download an offline copy (HTML)",
        OfflineNote => {
            "One file with everything inside: it opens from a USB stick or an email attachment, with no network."
        }
        ShareTitle => "Share, embed, download",
        ShareIntro => {
            "Links and embeds open the view you have now: the record, date, chart track, theme and language."
        }
        LinkLabel => "Link to this view",
        CopyLink => "Copy link",
        CopyCode => "Copy code",
        Copied => "Copied to the clipboard.",
        CopyFailed => "Could not copy: the text is selected, press Ctrl+C (or ⌘C) to copy it.",
        EmbedOpen => "Embed this view…",
        EmbedTitle => "Embed a graphic in an article",
        EmbedIntro => {
            "Paste this code where the graphic should appear. The iframe shows it in a compact layout; the small script makes it as tall as its content. Nothing is loaded from any other site."
        }
        EmbedSync => "Keep the reader's view in the article's address (the view is restored when the article is reopened or shared)",
        EmbedLocalFile => "This copy was opened as a local file: publish it on a web server to embed it.",
        EmbedFrameTitle => "The CSTO explorer: membership 1992 to today and aid for Tajikistan's border",
        EmbedFrameTitleView => "The CSTO explorer: {view}",
        CloseDialog => "Close",
        DownloadTimeline => "Timeline",
        DownloadChart => "Aid chart",
        DownloadData => "Data",
        ObjectTimeline => "the timeline",
        ObjectChart => "the aid chart",
        ObjectData => "the data",
        DownloadAs => "Download {what} as {format}",
        FormatSvg => "SVG",
        FormatPng => "PNG (2×)",
        FormatCsv => "CSV tables (zip)",
        FormatJson => "JSON",
        DownloadNote => {
            "Pictures are drawn on white with the title, the source and the dataset version inside them; the data files carry the citation and the licence."
        }
        ExportFailed => "The download could not be made: {reason}",
        ExportSourceCustom => "Source: {title}, dataset {version} as of {date}, loaded into the CSTO explorer; its facts are not checked by us. {licence}",
        ExportSource => "Source: the CSTO explorer, dataset {version}, facts checked to {date}. {licence}",
        ExportChartSubtitle => "{track}. A diamond is a pledge, a circle a reported delivery.",
        ReadmeText => {
            "{title}

How to cite: {citation}

Licence: {licence}

{coverage}

{language}

Files (comma-separated, UTF-8; lists of ids are separated by \"; \"):
- states.csv: the states that were ever party, by ISO 3166-1 code.
- status_periods.csv: each state's status (signatory, member, frozen, suspended, not_party) from start to end, where end is the first day after the period (its last day is the day before); an empty end means it still holds.
- announcements.csv: dated steps announced before a status took legal effect.
- events.csv: dated milestones of the organization and its members.
- assistance.csv: aid pledged and delivered for Tajikistan's border. An amount no source states has value_status \"undisclosed\" and an empty amount: it is never 0 and never estimated. A stated amount carries the source's own words (wording, in the source's language, with wording_lang and wording_source); the qualifier (about, up to, more than, at least) agrees with them.
- assistance_items.csv: the equipment counted in an aid record.
- programme.csv and programme_stages.csv: the 2025–2029 targeted programme for the Tajik–Afghan border.
- sources.csv: every source cited by id in the other tables (publisher, title, date, address).
- chapters.csv: the story mode's chapters, each with the records it points at (highlights).
- corrections.csv: errors in the starting article and what the sources say instead.
- changelog.csv: our corrections to our own data, by dataset version: the record and field, what it said (was), what it says now, why, and the sources.

Every record names its sources and a confidence (high, medium, low); conflict_note says where sources disagree."
        }
        ReadmeLanguage => "The texts are in English, the language the dataset is written in.",
        StoryOpen => "Tell the story",
        StoryOpenHint => "Ten chapters from 1992 to today, for a class or a presentation; a clicker's keys work.",
        StoryLabel => "The story",
        StoryProgress => "Chapter {n} of {total}",
        StoryPrevious => "Previous",
        StoryNext => "Next",
        StoryReveal => "Predict and reveal",
        StoryRevealHint => "Hides everything after this chapter's date, so the class can guess what comes next.",
        StoryFullscreen => "Full screen",
        StoryLeave => "Leave the story",
        StoryKeys => {
            "Keys: → , Space or Page Down for the next chapter; ← or Page Up for the previous; Home and End for the first and last; Esc leaves."
        }
        StorySources => "Sources: ",
        AnnounceChapter => "Chapter {n} of {total}: {title}.",
        AnnounceStoryLeft => "Left the story.",
        AnnounceRevealOn => "Predict and reveal: later facts are hidden.",
        AnnounceRevealOff => "Predict and reveal off: everything is shown.",
        MapTitle => "The region on {date}",
        MapDek => {
            "Each state in its status on the roster date, with the timeline's patterns. The red line is Tajikistan's border with Afghanistan. Select a state for details."
        }
        MapGroup => "Map of the states that were ever party",
        MapStateLabel => "{state}: {status}",
        MapStateSince => "{state}: {status} (since {date})",
        MapAfghanistan => "Afghanistan",
        MapBorder => "Tajik–Afghan border",
        MapCredit => {
            "Boundaries: Natural Earth (public domain), simplified. They are de facto lines, not a statement on any disputed territory."
        }
        ChangesTitle => "What changed between two dates",
        ChangesIntro => {
            "Pick two dates: every change of status and every aid record after the first date, up to and including the second, in plain sentences you can quote."
        }
        ChangesFrom => "From",
        ChangesTo => "To",
        ChangesSummary => "In between: {statuses}, {pledges} and {deliveries}.",
        ChangesNone => "Nothing changed: no change of status and no aid record between these dates.",
        ChangesStatusCount => "{n} change of status|{n} changes of status",
        ChangesPledgeCount => "{n} pledge|{n} pledges",
        ChangesDeliveryCount => "{n} reported delivery|{n} reported deliveries",
        ChangesCopy => "Copy as text",
        ChangeSigned => "{date}: {state} signed the Collective Security Treaty.",
        ChangeJoined => "{date}: {state} became a member.",
        ChangeReturned => "{date}: {state} returned as a member.",
        ChangeResumed => "{date}: {state} resumed full participation.",
        ChangeFroze => "{date}: {state} froze its participation (it remains a member in law).",
        ChangeSuspended => "{date}: {state}'s membership was suspended.",
        ChangeLeft => "{date}: {state} was no longer a party to the treaty.",
        ChangeDeclaredNote => " The date is that of a declaration, not of legal effect.",
        ChangeSignedNote => " The date is that of signing; when it took effect is not recorded.",
        ChangePledged => "{date}: {donor} pledged aid: {label}.",
        ChangeDelivered => "{date}: a delivery from {donor} was reported: {label}.",
        ChangeNoneReported => "{date}: {donor}, no delivery reported.",
        PlayYears => "Play through the years",
        PauseYears => "Pause",
        CorrectionsTitle => "Corrections to the starting article",
        CorrectionsIntro => {
            "This explorer began from a news article about the CSTO and Tajikistan's border. Checking it against the sources found these errors."
        }
        Claimed => "Claimed: ",
        InFact => "In fact: ",
        CorrectionConfidence => "Confidence: {level}. Sources: ",
        NoDate => "n.d.",
        OpensNewTab => " (opens in a new tab)",
        NoAddress => " (no web address recorded)",
        SourcesTitle => "All {n} sources",
        SourcesIntro => {
            "Titles in [square brackets] describe items whose headline we did not record. Mirrors and secondary sources are marked."
        }

        DataErrorTitle => "The dataset could not be loaded",
        DataErrorCount => "{n} problem(s) were found:",
        PanicTitle => "Something went wrong",
        PanicText => {
            "The explorer stopped because of an error. Reloading the page usually fixes it. The data and sources are also available as a file: "
        }
        PanicFile => "csto.json",
        PanicReload => "Reload the page",

        OwnDataTitle => "Use your own data",
        OwnDataIntro => {
            "Draw another alliance, or other pledges, with this explorer: load a dataset in the same format as ours. A file you choose stays in your browser; nothing is uploaded."
        }
        OwnDataChoose => "Choose a JSON file",
        OwnDataDrop => "or drop it here",
        OwnDataLimits => "At most {mb} MB and {records} records. Every problem is listed before anything is drawn.",
        OwnDataSchema => "The format (JSON Schema)",
        OwnDataGuide => "How to write one (guide)",
        OwnDataExample => "Our CSTO data, as an example",
        OwnDataChecking => "Checking {name}…",
        OwnDataFetching => "Loading data from {name}…",
        OwnDataLoaded => "Now showing your data: {title} ({name}).",
        OwnDataProblems => "{name} was not loaded. Problems found: {n}.",
        OwnDataKept => "The data on screen has not changed.",
        OwnDataTopLevel => "the file as a whole",
        OwnDataExpected => "Expected:",
        OwnDataBanner => "You are looking at data that is not ours: {title}, from {name}. We have not checked its facts.",
        OwnDataBack => "Back to the CSTO data",
        OwnDataAsk => "This link asks to load data from another site, {origin}. Load it?",
        OwnDataAskLoad => "Load the data",
        OwnDataAskSkip => "Not now",
        AnnounceData => "Now showing: {title}.",
        ClusterLabel => "{n} event, {years}|{n} events, {years}",
        ClusterListTitle => "Events gathered here",
        ClusterZoom => "Zoom in on them",
        ZoomIn => "Zoom in",
        ZoomOut => "Zoom out",
        ZoomAll => "Show all",
        ZoomGroup => "Zoom and move the timeline",
        ZoomPresets => "Show",
        PresetAll => "{year} to today",
        PresetRecent => "Since {year}",
        PresetChapter => "Story chapters",
        PresetCustom => "Your own window",
        ZoomHint => "Drag or swipe sideways to move in time; Ctrl + wheel, pinch, or the + and − keys zoom.",
        AnnounceWindow => "Timeline: {from} to {to}.",
        TimelineSubtitle => "Each state's standing over time; diamonds are events. Select one for details.",
        ChartSubtitle => "What each donor pledged, and what was reported delivered, at their dates.",
        MapSubtitle => "Each state in its status on that date; the red line is Tajikistan's border with Afghanistan.",
        RosterTitle => "Who was in the treaty on {date}",
        RosterSubtitle => "The states grouped by their standing on the chosen date.",
        ChangesSubtitle => "Every change of status and every aid record between two dates, in plain sentences.",
        ViewSourceLine => "Sources: {records} records, {publishers} publishers · data {version}, checked to {date}",
        ViewInExplorer => "Full explorer",
        MapKey => "Key to the map",
        OrganizationShort => "CSTO",
        ChartTitleShort => "Aid for Tajikistan's border",
        ViewTimeline => "Timeline",
        ViewChart => "Aid chart",
        ViewMap => "Map",
        ViewRoster => "Roster at a date",
        ViewChanges => "What changed",
        ViewWhole => "The whole explorer",
        EmbedWhich => "Which graphic?",
        EmbedPreview => "Preview",
        EmbedHeight => "The frame starts {px} px tall; the script fits it to the graphic.",
        StoryVisualTimeline => "The timeline, {from} to {to}",
        StorySourcesMore => "Sources ({n})",
    })
}
