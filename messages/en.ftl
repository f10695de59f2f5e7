# sipplan's messages in English.
#
# One entry per message id; the Swedish catalogue (sv.ftl) has the same ids
# and the same $placeholders (tests/messages.rs checks both). Codes such as
# SIP011 are not part of the text: the printer adds them.
#
# Field names in `backticks` are the plan file's own names and stay as they are.

## Words used inside other messages

personnummer = personnummer
samordningsnummer = samordningsnummer
huvudman-kommun = Kommun
huvudman-region = Region
did-you-mean = did you mean `{ $name }`?
template-text = { $text }
days-here = { $said } ({ $days } days here)

## The child's number (SIP040)

id-form = the number must have 10 or 12 digits, written like YYMMDD-NNNC or YYYYMMDD-NNNC
id-plus-with-century = `+` can only be used in the 10-digit form YYMMDD+NNNC
id-century = the century must be 18, 19 or 20
id-month = the month (digits 3–4 of YYMMDD) must be 01–12; 00 (month not known) only in a samordningsnummer
id-day = the day must be 01–31, or 60–91 in a samordningsnummer (60: day not known)
id-no-such-day = month { $month } has no day { $day }: the date in the number must be in the calendar (a samordningsnummer adds 60 to the day)
id-serial = the birth number (the three digits after the date) cannot be 000
id-check-digit = the check digit (the last digit) does not match the others: look for a typing error
id-future = the birth date in the number is after the meeting date

## The plan's rules (validate)

sip001 = the plan has no insatser (actions)
sip001-hint = add at least one row under `actions`: the law requires the plan to say which insatser are needed
sip002 = this insats has no verksamhet: say which unit of the huvudman carries it out
sip002-hint = add e.g. `unit: "BUP Norr"` or `unit: "Socialtjänsten"`
sip003 = the plan does not say what others than the kommun and the region do
sip003-hint = add rows with `responsible: Family`, `Child` or `Other("…")`, or write `no_measures_by_others: true` if there are none
sip004 = `no_measures_by_others` is true, but the table has rows for others than the kommun and the region
sip004-hint = remove `no_measures_by_others: true`, or change those rows
sip005 = the { $huvudman } has the overall responsibility but no insats in the plan
sip005-hint = check that the right huvudman holds the overall responsibility
sip006 = the plan has insatser from only one huvudman
sip006-hint = a SIP is for needs that both the kommun and the region answer for; check that nothing is missing
sip007 = the other actor responsible has no name
sip007-hint = write the actor's name, e.g. `Other("Försäkringskassan")`
sip010 = nobody is recorded as having given consent
sip010-hint = write the names of those who consented, e.g. `given_by: ["Sara Exempel"]`: the plan needs consent
sip011 = consent is dated { $date }, after the meeting on { $meeting }
sip011-hint = consent must be given before the plan is drawn up: check both dates
sip012 = consent was withdrawn on { $date }, on or before the meeting
sip012-hint = a plan cannot be drawn up without consent: ask for new consent or remove `revoked_on` if it is wrong
sip013 = { $name } has joint custody but is not recorded as consenting
sip013-hint = with joint custody both guardians consent; write both names, or note the social welfare board's decision under FB 6 kap. 13 a §
sip014 = the child is { $age }, but the child's own view on the consent is not recorded
sip014-hint = from about 15 the child's own position matters: write it in `consent.child_view`
sip015 = consent runs out on { $date }, before the follow-up on { $follow_up }
sip015-hint = renew consent before the follow-up, or move the follow-up
sip016 = consent ran out on { $date }, before the meeting on { $meeting }
sip016-hint = ask for new consent and update `date` and `valid_until`
sip017 = { $name } gave consent but is not the child, a guardian or a relative in the plan
sip017-hint = check the spelling against `guardians`, or add the person there
sip017-hint-meant = did you mean `{ $name }`? Write the name exactly as in `guardians`
sip020 = the follow-up on { $follow_up } is not after the meeting on { $meeting }
sip020-hint = set the follow-up date to a day after the meeting
sip021 = the insats is to be done by { $done_by }, before it starts on { $start }
sip021-hint = swap the dates or correct one of them
sip022 = the plan is closed on { $closed }, before its meeting on { $meeting }
sip022-hint = write the day the plan was closed, on or after the meeting
sip023 = the deviation is about insats { $row }, but the plan has { $count } insatser
sip023-hint = the row counts from 1 in the plan as it was when the deviation was written: correct the row, or write Event(...) if it was not about an insats
sip030 = the plan does not say how the child took part
sip030-hint = add e.g. `child_participation: (how: PartOfMeeting)`: the plan is drawn up together with the child when possible
sip031 = the child is { $age } on the meeting date
sip031-hint = this is a SIP for children; from 18 the person consents alone and an adult SIP may fit better
sip032 = the child is { $age } on the meeting date: the birth date is not fully known, so the child may be 18
sip032-hint = if the child is 18, they consent alone; ask the child, and check with Skatteverket whether the birth date has been established
sip040 = the child's { $kind } is not valid: { $why }
sip040-hint = compare the number with the child's papers, digit by digit
sip041 = the number is a { $kind }, but it is written as a { $written }
sip041-hint-samordningsnummer = a day of 61–91 marks a samordningsnummer: write `Samordningsnummer("…")`
sip041-hint-personnummer = write `Personnummer("…")`
sip042 = the number is written with `+`, which means the person is 100 or older
sip042-hint = for a child, write `-` between the date and the last four digits
sip043 = the birth date { $date } is after the meeting on { $meeting }
sip043-hint = check the year of the birth date
sip044 = the reservnummer is empty
sip044-hint = write the reserve number, or use `BirthDate("YYYY-MM-DD")` if the child has none
sip045 = no guardian is listed
sip045-hint = add the child's vårdnadshavare under `guardians`
sip050 = this text is empty
sip050-hint = write the value, or delete the line if the field is optional
sip051 = this text is too long: { $count } characters, where at most { $max } fit
sip051-hint = shorten it; long background belongs in the case file, not in the plan
sip052 = this is not an e-mail address
sip052-hint = write it like namn@exempel.se
sip053 = this is not a phone number
sip053-hint = use digits, spaces, + and -, e.g. 08-123 456 78 or +46 8 123 456 78
sip055 = this value is out of range
sip055-hint = the plan's revision is a number from 1 to 999
sip056 = this list has { $count } items; sipplan takes at most { $max }
sip056-hint = a SIP is a short plan: keep what the meeting agreed on, and check that the file is the right one
sip057 = the text is { $band } for a family or a child: LIX { $score }, { $per_sentence } words per sentence and { $long_share } % long words{ $longest ->
    [none] {""}
   *[other] ; longest: { $longest }
}
sip057-hint = shorten the sentences and use everyday words for long ones where you can; LIX is a blunt measure (Swedish compounds score high), so this is advice, not an error
lix-very-easy = very easy to read
lix-easy = easy to read
lix-medium = fairly hard to read
lix-hard = hard to read
lix-very-hard = very hard to read
sip062 = the characters «{ $chars }» cannot be printed: none of the embedded fonts has them, so they would show as �
sip062-person = the characters «{ $chars }» in the entry for { $who } cannot be printed: none of the embedded fonts has them, so they would show as �
sip062-hint = the fonts have Latin, Greek, Cyrillic, Arabic (also Persian and Sorani) and Ethiopic (Tigrinya) letters: remove the characters, such as emoji, or write the word in such letters
sip063 = the text holds characters that do not show in print ({ $chars }): a line break, a tab, a control character or a direction control. In a name they can move the rest of the name over other details
sip063-hint = write the name on one line with letters, spaces and punctuation only; do not copy it from another program
sip064 = the child's name holds digits; the name heads every page beside the personnummer, so digits in it could be read as another number
sip064-hint = write only the child's first and last name; the personnummer goes in `id`

## The template's rules for the plan

sip070 = the template `{ $template }` requires `{ $field }`
sip070-hint = fill it in: your municipality's agreement asks for it
sip071 = the template has no custom section `{ $key }`
sip071-hint = the template's custom sections are: { $sections }
sip071-hint-none = the template `{ $template }` has no custom sections
sip072 = `{ $key }` has no field `{ $field }`
sip072-hint = the fields of `{ $key }` are: { $fields }
sip073 = `{ $option }` is not an option of `{ $field }`
sip073-hint = the options are: { $options }
sip074-checklist = `{ $field }` is a checklist: write the keys of the checked options
sip074-checklist-hint = e.g. `["{ $first }"]`; the options are: { $options }
sip074-text = `{ $field }` is a text field: write text in quotes
sip074-text-hint = e.g. `"…"`
sip075 = the template requires `{ $field }` in `{ $section }` ({ $label })
sip075-hint = add it under `custom: {"{"} "{ $section }": {"{"} "{ $field }": … {"}"} {"}"}`
sip080 = the meeting should be held within { $days } days of consent
sip080-hint = note the reason for the delay in the case file
sip081 = the follow-up should be within { $days } days of the meeting
sip081-hint = move the follow-up earlier, or keep the date if the group agreed on it

## Revisions and follow-up

sip090 = revision { $revision } follows revision { $previous }
sip090-hint = revisions are numbered 1, 2, 3, … in order; an earlier revision may have been changed by hand
sip091 = the meeting of revision { $revision } ({ $date }) is not after the meeting of revision { $previous } ({ $previous_date })
sip091-hint = each follow-up meeting comes after the one before; check the dates
sip093 = an earlier revision has a history of its own
sip093-hint = the history is one list, oldest first, at the top level of the plan
sip094 = the follow-up planned for { $date } has passed, and no newer revision exists
sip094-hint = after the follow-up meeting, run `sipplan followup` on this plan to start the next revision
sip095 = the insats "{ $what }" has no status from this follow-up
sip095-hint = set `status`, `status_comment` and `status_date` as agreed at the meeting
sip096 = the insats is marked done, but its done-by date { $done_by } is still to come
sip096-hint = check the status, or set `done_by` to the day it was done

## Reading a file (load)

sip100 = the file is not UTF-8 text: line { $line }, column { $column } has a character saved in another encoding
sip100-letter = the file is not UTF-8 text: line { $line }, column { $column } has a character saved in another encoding ({ $letter } in Latin-1)
sip100-hint = the file was probably saved as Latin-1 or Windows-1252 ("ANSI"); open it in your editor and save it again as UTF-8 (in Notepad: "Spara som", then "Kodning: UTF-8")
sip101 = the file is { $size } KB; sipplan reads files up to { $max } KB
sip101-hint = a plan file is normally a few KB: check that this is the right file
sip102 = the file cannot be read here: { $why }
sip102-hint = check the line above for a missing comma, quote or bracket; every field is written `name: value,`
sip102-empty = the file is empty
sip102-empty-hint = write a plan in it; `sipplan new` writes one with every field
sip102-unclosed = this text has no closing quote
sip102-unclosed-hint = add the missing " at the end of the text
sip103 = unknown field `{ $field }`
sip103-hint = the fields here are: { $fields }
sip104 = required field `{ $field }` is missing
sip104-hint = add `{ $field }: …` to `{ $place }`; `sipplan new` writes a plan with every field
sip104-hint-top = add `{ $field }: …` to the top level of the plan; `sipplan new` writes a plan with every field
sip105-expected = expected { $expected }
sip105-wrong-kind = wrong kind of value: { $found }, expected { $expected }
sip105-length = wrong number of items: { $found }, expected { $expected }
sip105-hint = text goes in double quotes, dates as "YYYY-MM-DD", yes/no as true/false
sip105-date-hint = dates are written "YYYY-MM-DD"; check that the day exists in that month
sip105-time-hint = a time of day is written with hours and minutes, "13.30" or "13:30"; it is optional and can be removed
sip105-version-hint = the version is the first field of a plan file: `version: 1`
sip106 = `{ $found }` is not one of the choices
sip106-hint = write one of: { $choices }
sip106-hint-meant = did you mean `{ $name }`? (write one of: { $choices })
sip106-quoted = `{ $field }` takes one of its choices, written without quotes
sip106-quoted-hint = write `{ $field }: { $right }`
sip106-quoted-hint-number = write `{ $field }: { $right }`, with the number's last four digits as they are
sip107 = `{ $placeholder }` is a placeholder that has not been filled in
sip107-hint = replace it, including the < >, with the real value; an optional field can be deleted
sip108 = field `{ $field }` is written twice
sip108-hint = keep one of them and delete the other
sip109 = the file nests brackets too deeply to be a plan
sip109-hint = check for unclosed or repeated brackets

date-form = `{ $text }` is not a date: write it as YYYY-MM-DD, for example 2026-03-10
date-calendar = { $text } is not a date in the calendar: check the month and the day
time-form = `{ $text }` is not a time of day: write it as HH.MM or HH:MM, for example 13.30
birth-date-form = `{ $text }` is not a birth date: write it as YYYY-MM-DD, or YYYY-MM or YYYY when the day or month is not known
birth-date-month = { $text } is not a birth date: the month must be 01–12
birth-date-day = { $text } is not a birth date: the day must be 01–31
birth-date-no-such-day = { $text } is not a birth date: month { $month } has no day { $day }
format-version = this file is format version { $found }, but this sipplan reads version { $reads }: write `version: { $reads }` or use a sipplan that knows version { $found }

syntax-eof = the file ends in the middle of the plan (a closing bracket may be missing)
syntax-comma = expected comma
syntax-comma-or = expected comma or `{ $bracket }`
syntax-close = expected a closing `{ $bracket }`
syntax-colon = expected `:` after the field's name
syntax-name = expected identifier
syntax-comment = a comment is not closed
syntax-trailing = there is more text after the end of the plan
syntax-trailing-comma = trailing comma
syntax-char = unexpected character `{ $char }`
syntax-json-key = a field's name must be in double quotes
syntax-value = expected a value
syntax-control = a text holds a line break or another control character; write it as \n
syntax-escape = a backslash (\) in a text must be followed by n (new line), t (tab), " (quote) or another \
syntax-escape-hint = write \\ where a backslash belongs, for example "mum\\dad", or write / instead
syntax-struct-name = `{ $found }` does not belong here: the file starts with a parenthesis (, with no name before it
syntax-struct-name-hint = remove the word, so that the file starts with (
syntax-other = { $detail }

found-number = number `{ $value }`
found-text = text { $value }
found-boolean = `{ $value }`
found-list = a list
found-group = a group of fields
found-nothing = nothing
found-other = { $value }

expected-text = text in double quotes, like "text"
expected-integer = a whole number
expected-boolean = `true` or `false`
expected-list = a list in square brackets [ ]
expected-group-ron = a group of fields in parentheses ( )
expected-group = a group of fields: ( ) in RON, {"{"} {"}"} in JSON
expected-choice = one of the choices
expected-other = { $what }

file-kind-word = a Word document
file-kind-excel = an Excel workbook
file-kind-opendocument = an OpenDocument file (LibreOffice)
file-kind-zip = a ZIP archive
file-kind-pdf = a PDF file
file-kind-office = a Word or Excel document (.doc, .xls)
file-kind-rtf = an RTF document
file-kind-png = a PNG image
file-kind-jpeg = a JPEG image
file-kind-gif = a GIF image
file-kind-gzip = a compressed (gzip) file
file-kind-7zip = a 7-Zip archive

## Printing (render)

sip060 = the core plan takes { $pages } pages; it should fit on { $budget }: { $what }
sip060-section = the section "{ $heading }" runs onto page { $page }
sip060-custom = the template's own section "{ $heading }" runs onto page { $page }
sip060-hint = shorten long texts: background belongs in each service's own records
sip061 = { $count ->
    [one] { $count } character cannot be printed with the embedded font and is shown as �: { $characters }
   *[other] { $count } characters cannot be printed with the embedded font and are shown as �: { $characters }
}
sip061-hint = the fonts have Latin, Greek, Cyrillic, Arabic (also Persian and Sorani) and Ethiopic (Tigrinya, Amharic) letters: remove the characters or write the word in such letters, or accept the marks
draft-not-filled = not filled in: { $fields }

## Templates

sip200-hint = name a template file, or a built-in template: { $builtins }
sip200-plan = cannot read the plan's template: { $why }
sip200-plan-hint = write a built-in id ({ $builtins }) or a path relative to the plan file
sip200-extends = cannot read the template it extends: { $why }
sip200-extends-hint = write a built-in id ({ $builtins }) or a path relative to this file
not-builtin = `{ $name }` is not a built-in template
no-files = cannot read `{ $name }` here
sip201 = templates extend each other in a circle: { $chain }
sip201-hint = one of them must stop extending the other
sip201-long = the templates extend each other in too many steps: { $chain }
sip201-long-hint = a template may build on at most { $max } templates in a row; let one of them extend a built-in template
sip202 = the template `{ $name }` it extends has errors
sip202-hint = fix those first; they are listed below
sip203 = the template is written for plan format { $found }, but this sipplan reads format { $reads }
sip203-hint = write `plan_format: { $reads }` once the template is checked against this version
sip204 = { $count } labels are missing: { $labels }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
sip204-hint = a template that does not extend another must give every label; most templates should start with `extends: "sv"`
sip205 = the template does not list its sections
sip205-hint = add `sections: [Child, Guardians, …]`, or extend a template that does
sip207-unreadable = cannot read the logo: { $why }
sip207-unusable = the logo cannot be used: { $why }
sip207-hint = use a PNG or JPEG file of at most 512 KB and 4 million pixels, next to the template
sip208 = section `{ $section }` is listed twice
sip208-hint = list each section once, in the order it is printed
sip209 = there is no custom section `{ $key }`
sip209-hint = define it under `custom_sections` with this key
sip210 = section `{ $section }` is missing
sip210-hint = Child, Consent, Meeting, Actions, Responsibility and FollowUp hold what the law requires and are always printed
sip211-section = two custom sections have the key `{ $key }`
sip211-section-hint = give each custom section its own key
sip211-field = two fields of `{ $section }` have the key `{ $key }`
sip211-field-hint = give each field its own key
sip212 = `{ $key }` cannot be used as a key
sip212-hint = keys are unique, 1–40 characters of a–z, 0–9 and _, e.g. `skolstod`
sip213 = `{ $language }` is not a language code
sip213-hint = write the language as a code, e.g. `sv` (Swedish), `en` (English), `ar` (Arabic) or `so` (Somali): the PDF tells it to screen readers, which read the plan aloud in the right voice
sip214 = the text is { $count } characters long; a template may have at most { $max } here
sip214-hint = a label is a few words or a sentence, and the fixed texts stand on every page or above the signatures: shorten the text
sip214-organisations = the template names { $count } organisations in the page header; at most { $max } fit
sip214-organisations-hint = name the municipality and the region; other parties are in the plan

image-too-large = the image is { $size } KB; the limit is { $max } KB
image-kind = the image is not a PNG or JPEG file
image-pixels = the image is { $width }×{ $height } pixels; the limit is { $max } pixels
image-memory = the image needs more memory than the limit of { $max } pixels allows
image-png-damaged = the PNG file is damaged ({ $detail })
image-jpeg-cmyk = the JPEG is in CMYK (print colours), which an archival PDF cannot mix with screen colours; save the logo as PNG or as an RGB JPEG
image-jpeg-damaged = the JPEG file is damaged or cut short: it cannot be read as a picture
image-jpeg-kind = the JPEG is of a kind a PDF cannot show (lossless, 12 or 16 bits, or arithmetic-coded); save it as an ordinary JPEG or as PNG

## The command line: reports

word-error = Error
word-warning = Warning
word-help = Help
report-here = here
report-in = in `{ $path }`
report-ok = { $warnings ->
    [0] OK
    [one] OK, { $warnings } warning
   *[other] OK, { $warnings } warnings
}
report-invalid = not valid: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}{ $warnings ->
    [0] {""}
    [one] , { $warnings } warning
   *[other] , { $warnings } warnings
}
check-summary = { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
} checked: { $valid } valid, { $invalid } not valid{ $unreadable ->
    [0] {""}
   *[other] , { $unreadable } could not be read
}
no-plan-files = no plan files (.ron or .json) were found
sip200-unusable = the template could not be used; run `sipplan template check` on it
terminal-cannot-write = cannot write to the terminal: { $why }

## The command line: files

file-cannot-read = cannot read `{ $file }`: { $why }
file-is-folder = `{ $file }` is a folder, not a plan file
file-not-regular = `{ $file }` is not a regular file
file-outside = `{ $file }` is outside the folder `{ $folder }`; sipplan only reads templates and logos in the folder of the file that names them, or in a folder below it. Give a template elsewhere yourself with --template
file-binary = `{ $file }` is { $kind }; sipplan reads plan files written as text: start one with `sipplan new`
file-named = `{ $file }`: { $why }
file-too-large = `{ $file }` is { $size } KB; the limit is { $max } KB
folder-cannot-read = cannot read the folder `{ $folder }`: { $why }
io-not-found = there is no such file
io-permission = permission denied
io-disk-full = the disk is full
io-read-only = the disk or folder is read-only
io-other = { $why }
write-is-folder = `{ $file }` is a folder: give a file name, e.g. `{ $file }/plan.pdf`
write-exists = `{ $file }` already exists; add --force to replace it
write-is-input = `{ $file }` is one of the files read; choose another name for the output so that it is not overwritten
write-no-folder = cannot write `{ $file }`: the folder `{ $folder }` does not exist
write-made-folder = made the folder `{ $folder }`
write-cannot = cannot write `{ $file }`: { $why }
pdf-font = the embedded font could not be read
pdf-date = the creation time { $seconds } cannot be written as a PDF date
pdf-write = the PDF could not be written: { $why }
source-date-epoch = SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{ $value }`

## The command line: render

render-output-not-folder = `{ $folder }` is not a folder: with several plans, -o names the folder the PDFs go to
render-summary = printed { $written } of { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
} in { $seconds } s{ $failed ->
    [0] {""}
   *[other] ; { $failed } not printed:
}
render-renamed = { $count ->
    [one] 1 PDF got
   *[other] { $count } PDFs each got
} a number added to its name, because an earlier plan has the same name:
render-exists = nothing was written: { $count ->
    [one] { $count } PDF already exists:
   *[other] { $count } PDFs already exist:
}
render-exists-hint = add --force to replace them (no two plans are ever written to one file)
render-blank-one = --blank prints the worksheet for one plan at a time
progress-plans = plans
render-template-errors = its template has errors
render-not-printed-because = { $file } was not printed: { $reason }
render-not-printed = { $file } was not printed; fix the errors above, or add --draft to print it marked UTKAST
render-past-limits = it is not printed, not even as a draft: the plan is longer than a SIP may be; shorten the list or text the error above shows
render-no-revision = the plan has no revision { $revision }
render-draft-unreadable = { $file } was not printed: it cannot be read even as a draft; fix the error above
render-cannot-be-read = cannot be read
render-wrote = wrote { $file } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $size } KB)

## The command line: other commands

followup-invalid = fix the plan before starting the next revision
followup-closed = the plan was closed on { $date }, so it has no next revision; to reopen it, delete `closed` from `follow_up`
followup-rewritten = note: the plan file could not be edited at `{ $path }`, so the new revision is written anew and the file's comments are not kept
followup-cannot-write = cannot write the plan: { $why }
followup-wrote = wrote revision { $revision } to { $file }; fill in every <placeholder>, then run `sipplan check { $file }`
diff-other-child = warning: `{ $first }` and `{ $second }` are plans for different children; what follows compares them anyway
diff-one-revision = `{ $file }` has only one revision: there is nothing to compare (give a second plan file to compare with)
new-wrote = wrote { $file }; fill in every <placeholder>, then run `sipplan check { $file }`
template-broken = the built-in template `{ $id }` is broken
template-list-line = { $name } (language: { $language }, version { $version })
template-ok = OK — "{ $name }" ({ $sections ->
    [one] 1 section printed
   *[other] { $sections } sections printed
}, { $custom } custom, { $required ->
    [one] 1 required field
   *[other] { $required } required fields
}{ $logo ->
    [yes] , logo
   *[no] {""}
})
template-init-wrote = wrote { $file }; change what your agreement needs, then run `sipplan template check { $file }`
stats-period = --from { $from } is after --to { $to }: the period must start before it ends
stats-no-folder = `{ $folder }` does not exist: give a folder of plan files
stats-wrote = wrote { $file }
stats-wrote-report = wrote { $file } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
stats-read = read { $plans ->
    [one] { $plans } plan
   *[other] { $plans } plans
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}{ $older ->
    [0] {""}
   *[other] {" "}({ $older } left out: an older revision of a plan also given)
}
stats-not-counted = { $count ->
    [one] { $count } plan file
   *[other] { $count } plan files
} not counted; fix them and run again (`sipplan check` shows how):
stats-cannot-write = cannot write the { $what }: { $why }

## The command line: arguments clap refuses

arg-unknown = there is no option `{ $arg }`
arg-unknown-meant = there is no option `{ $arg }`; did you mean `{ $meant }`?
arg-command = there is no command `{ $command }`
arg-command-meant = there is no command `{ $command }`; did you mean `{ $meant }`?
arg-no-command = say which command to run
arg-value = `{ $value }` is not a value of `{ $arg }`; write one of: { $valid }
arg-value-missing = `{ $arg }` needs a value
arg-invalid = `{ $value }` cannot be used for `{ $arg }`: { $why }
arg-missing = missing: { $args }
arg-conflict = `{ $arg }` cannot be used together with `{ $other }`
arg-too-many = `{ $arg }` is given too many times
arg-more-help = For more, run the command with --help.

## The command line: --help

help-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-value-command = COMMAND
help-help = Print help
help-version = Print the version
help-about = sipplan: check a child's SIP (samordnad individuell plan) and print it as a short PDF.
help-lang = The language of messages and help: sv (the default) or en. Without it, an English LANG or LC_MESSAGES gives English.
help-check-about = Check plan files: prints every problem with its line, column and what to do.
help-check-files = Plan files (.ron, or .json for JSON), or folders of them.
help-check-format = How to print the result: text (readable, the default) or json (for other programs).
help-check-template = Template to check against: a built-in id (sv, en, ar, fa, ckb, so, ti) or a template file. Default: the template the plan names, else sv.
help-check-today = The date to judge due follow-ups by (YYYY-MM-DD). Default: today, or SIPPLAN_TODAY.
help-render-about = Print a plan as an A4 PDF for the SIP meeting (or an empty worksheet with --blank).
help-render-plans = Plan files (.ron or .json) or folders of them. Not needed with --blank.
help-render-output = Where to write the PDF; with several plans, a folder. Default: next to each plan, with .pdf.
help-render-force = Replace the output file if it already exists.
help-render-draft = Print a plan that has errors, marked "UTKAST" on every page.
help-render-mask = Print the personnummer as YYYYMMDD-XXXX (for copies).
help-render-blank = Print an empty worksheet to fill in by hand at the meeting.
help-render-history = Add a page listing every revision of the plan and what changed.
help-render-child-page = Add "Min plan", the child's own page in large type, after the plan.
help-render-name-by-child = Name each PDF after the child (e.g. elsa-exempeldotter.pdf) instead of after the plan file. Never uses the personnummer.
help-render-revision = Print an earlier revision of the plan (1, 2, …) instead of the current one.
help-render-template = Template to print with: a built-in id (sv, en, ar, fa, ckb, so, ti) or a template file. Default: the template the plan names, else sv.
help-render-family-language = After the plan: the same plan with the headings in the family's language, as the family's copy (a built-in template's language code: en, ar, fa, ckb, so or ti). The Swedish plan is the original.
render-no-family-language = there is no built-in template in the language `{ $code }`; the languages there are: { $codes }
help-render-today = The date to judge due follow-ups by (YYYY-MM-DD). Default: today, or SIPPLAN_TODAY.
help-render-quiet = Print only problems and the summary: no progress bar, no line per PDF.
help-followup-about = Start the next revision of a plan after a follow-up meeting.
help-followup-plan = The plan file that was followed up.
help-followup-output = Where to write the new revision. Default: beside the plan, named after it with the new revision number (plan-v2.ron).
help-followup-force = Replace the output file if it already exists.
help-diff-about = Say what changed between the last two revisions of a plan, or between two plan files.
help-diff-plan = The plan (its current revision is compared with the one before).
help-diff-other = A second plan file: compare the first with this one instead.
help-diff-template = Template whose language to use: a built-in id or a template file.
help-new-about = Write a starter plan with every field and <placeholders> to fill in.
help-new-output = Where to write it; without this, the plan is printed.
help-new-force = Replace the output file if it already exists.
help-stats-about = Count the plans in folders for the yearly follow-up (BUS): only figures, never a name or a number; counts under 5 are shown as <5.
help-stats-folders = Folders of plan files (or plan files).
help-stats-from = First day of the period (YYYY-MM-DD). Default: no start.
help-stats-to = Last day of the period (YYYY-MM-DD). Default: today.
help-stats-format = How to print the figures: table (the default), csv or json.
help-stats-output = Write the figures to this file instead of the terminal.
help-stats-report = Also write a PDF report with tables and bars, to attach to the follow-up.
help-stats-min-cell = Counts from 1 to N-1 are shown as "<N", so that no child can be recognised. Default: 5.
help-stats-template = Template whose language the figures are shown in: a built-in id (sv, en, ar, fa, ckb, so, ti) or a template file. Default: the language of the messages.
help-stats-force = Replace output files that already exist.
help-stats-today = The date that ends a period without --to, and that decides which follow-ups have been missed (YYYY-MM-DD). Default: today, or SIPPLAN_TODAY.
help-due-about = What is due in your plans: follow-ups past or coming, consents running out, insatser past their date, plans without a coordinator. One line per plan, most urgent first; the personnummer masked.
help-due-folders = Folders of plan files (or plan files).
help-due-today = The day to judge by (YYYY-MM-DD). Default: today, or SIPPLAN_TODAY.
help-due-within = How many days ahead a follow-up counts as coming. Default: 28.
help-due-format = How the list is printed: table (the default), csv or json.
help-due-mask = Hide the children's names too (for a list shown to others).
help-invitation-about = Print the invitation to the SIP meeting: a one-page letter to each person invited (the guardians and the participants), or one to all. A plan that is still a draft will do.
help-invitation-plan = The plan file.
help-invitation-output = The PDF to write. Default: beside the plan, `<plan>-kallelse.pdf`.
help-invitation-one-for-all = One letter to everyone invited instead of one each.
help-invitation-template = Template whose words the letter uses: a built-in id or a template file. Default: the template the plan names, else sv.
help-invitation-force = Replace the PDF if it already exists.
help-deviation-about = Report a deviation in collaboration: a party did not do its insats, a meeting was not held, a plan was not followed up. The full report for local handling, or with --deidentified the copy for the BUS secretariat, which names no one.
help-deviation-plan = The plan file.
help-deviation-insats = The insats it is about: its row in the plan, from 1.
help-deviation-event = The event it is about, when it is not one insats: no-initiative, party-absent, meeting-not-held, not-followed-up, information-not-passed or other.
help-deviation-what = What happened, in a few sentences.
help-deviation-date = When it happened (YYYY-MM-DD).
help-deviation-reporter = Who reports: your name (left out of the de-identified copy).
help-deviation-party = The kind of party that did not do its part, for an event: kommun, region or other (another actor). For an insats, its ansvarig tells.
help-deviation-deidentified = The copy for the BUS secretariat: no name, number or birth date.
help-deviation-confirmed = You have read --what and it names no person (needed with --deidentified).
help-deviation-output = The PDF to write. Default: beside the plan.
help-deviation-record = Also keep the deviation in the plan file, so that stats counts it.
help-deviation-template = Template whose words the report uses. Default: the plan's, else sv.
help-deviation-force = Replace the PDF if it already exists.
deviation-no-insats = the plan has no insats { $row }: it has { $count }
deviation-identifying = the description could identify someone: { $found }; write it without names, personnummer and birth dates
deviation-confirm = read the description (--what) once more: the de-identified copy must not name any person or say anything that points out the child; then add --confirmed
deviation-invalid = the deviation cannot be printed or kept: { $field ->
    [what] the description (--what)
    [reporter] who reports it (--reporter)
   *[other] { $field }
}: { $why }
deviation-wrote = wrote { $file }
deviation-recorded = kept the deviation in { $file }
deviation-recorded-before = the deviation is already in { $file }; it was not added again
deviation-cannot-record = the deviation could not be kept in { $file }: { $why }; the plan file is unchanged
record-write = it could not be written in the file's format ({ $why })
record-edit = the file could not be edited at `{ $path }`
record-read-back = the edited file did not read back
invitation-missing = warning: the invitation lacks { $values }. The letters are written without { $count ->
    [one] it
   *[other] them
}; fill in the plan and print the invitation again before sending it.
invitation-wrote = wrote { $file } ({ $letters ->
    [one] 1 letter
   *[other] { $letters } letters
})
help-schema-about = Print the JSON Schema of the plan file format (for editors and other programs).
help-schema-template = Print the schema of the template format instead.
help-template-about = Work with templates: a municipality's or region's version of the plan.
help-template-list-about = List the built-in templates.
help-template-init-about = Write a commented starting template that extends another one.
help-template-init-from = The template to start from: a built-in id or a template file. Default: sv.
help-template-init-output = Where to write it; without this, the template is printed.
help-template-init-force = Replace the output file if it already exists.
help-template-check-about = Check a template file and everything it extends.
help-template-check-file = The template file (.ron, or .json for JSON).
help-value-options = OPTIONS
value-code = CODE
value-date = DATE
value-file = FILE
value-file-id = FILE|ID
value-files = FILES
value-plans = PLANS
value-plan = PLAN
value-other = OTHER
value-folders = FOLDERS
value-output = OUTPUT
value-format = FORMAT
value-n = N

## The browser form (web/)

web-new = New plan
web-open = Open plan…
web-save-plan = Save plan (.ron)
web-save-json = Save as .json
web-save-pdf = Save PDF
web-print = Print
web-followup = Start next revision
web-diff = What changed
web-template = Template
web-open-template = Open template file…
web-problems = To fix
web-no-problems = The plan is valid.
web-preview = Preview
web-add = Add
web-remove = Remove
web-up = Move up
web-down = Move down
web-row = Row
web-id-kind = Kind of number
web-other-actor = Other actor
web-draft = Draft: the plan has errors and is printed marked UTKAST.
web-valid = Valid plan
web-unsaved = The plan has changes that are not saved.
web-offline = Everything stays on this computer: nothing is sent anywhere.
web-yes = Yes
web-no = No
web-unknown = Not stated
web-participation-note = How the child took part, in words
web-status-date = Status as of
web-status-comment = What was said about the insats at the follow-up
web-open-failed = The file { $name } could not be opened. The plan that was already open is kept as it was.
web-date-format = YYYY-MM-DD
web-template-not-opened = open the template file `{ $name }` in the form first
web-logo-not-opened = open the logo `{ $name }` together with the template file
web-template-default = The plan's own (else sv)
web-family = Family's copy
web-family-none = None
web-child-page = My plan
web-guardians = Guardians
help-help-command = Print the help of a command

## What is due (due)

due-follow-up-overdue = the follow-up should have been on { $date } ({ $days } days ago)
due-follow-up-soon = follow-up on { $date } (in { $days } days)
due-consent-revoked = the consent was revoked on { $date }: the plan cannot go on as it is
due-consent-expired = the consent was valid until { $date }: a new one is needed
due-consent-before-follow-up = the consent is valid until { $date }, before the follow-up
due-action-overdue = insats { $row } ({ $what }) was to be done by { $date } but is not marked done
due-action-overdue-masked = insats { $row } was to be done by { $date } but is not marked done
due-no-coordinator = no coordinator named
due-column-when = Date
due-column-child = Child
due-column-id = Personnummer
due-column-file = File
due-column-what = To do
due-summary = { $plans ->
    [one] 1 plan
   *[other] { $plans } plans
}, { $due } with something to do (follow-ups within { $within } days){ $older ->
    [0] {""}
    [one] {" "}(1 left out: an older revision of a plan also given)
   *[other] {" "}({ $older } left out: older revisions of plans also given)
}
due-unreadable = { $file }: could not be read: { $why }

## Interrupted runs and the plan file kept safe (issue 29)

run-interrupted = interrupted; the temporary files this run had started are removed (PDFs already finished are kept)
leftovers-removed = { $count ->
    [one] removed 1 temporary file
   *[other] removed { $count } temporary files
} left in { $folder } by an interrupted run
record-hard-links = { $file } has several names (hard links); the deviation is not kept in it, because a new file would part the names. Nothing was written
record-owner = the deviation could not be kept in { $file }: the file belongs to another user, and a new file would have another owner. The plan is unchanged
deviation-recorded-link = kept the deviation in { $file }, the file the link { $link } points to

# The heading comment of a plan file sipplan writes.
ron-heading = Samordnad individuell plan (SIP), revision { $revision }.
ron-heading-to-fill = Fill in every "<…>": the date of this revision, of its meeting and of the next follow-up, and for each insats its status, since when and what was said about it. The earlier revisions are under "history": leave them as they are.
