# sipplans meddelanden på svenska: standardspråket.
#
# One entry per message id; the English catalogue (en.ftl) has the same ids
# and the same $placeholders (tests/messages.rs checks both). Codes such as
# SIP011 are not part of the text: the printer adds them.
#
# Field names in `backticks` are the plan file's own names and stay as they are.

## Words used inside other messages

personnummer = personnummer
samordningsnummer = samordningsnummer
huvudman-kommun = kommunen
huvudman-region = regionen
did-you-mean = menade du `{ $name }`?
template-text = { $text }
days-here = { $said } (här { $days } dagar)

## The child's number (SIP040)

id-form = numret ska ha 10 eller 12 siffror, skrivet som ÅÅMMDD-NNNK eller ÅÅÅÅMMDD-NNNK
id-plus-with-century = `+` används bara i formen med 10 siffror, ÅÅMMDD+NNNK
id-century = århundradet ska vara 18, 19 eller 20
id-month = månaden (siffra 3–4 i ÅÅMMDD) ska vara 01–12; 00 (okänd månad) bara i ett samordningsnummer
id-day = dagen ska vara 01–31, eller 60–91 i ett samordningsnummer (60: okänd dag)
id-no-such-day = månad { $month } har ingen dag { $day }: datumet i numret måste finnas i kalendern (ett samordningsnummer lägger till 60 på dagen)
id-serial = födelsenumret (de tre siffrorna efter datumet) kan inte vara 000
id-check-digit = kontrollsiffran (den sista siffran) stämmer inte med de andra: leta efter ett skrivfel
id-future = födelsedatumet i numret är efter mötesdatumet

## The plan's rules (validate)

sip001 = planen har inga insatser (`actions`)
sip001-hint = lägg till minst en rad under `actions`: lagen kräver att planen säger vilka insatser som behövs
sip002 = insatsen saknar verksamhet: skriv vilken verksamhet hos huvudmannen som utför den
sip002-hint = lägg till t.ex. `unit: "BUP Norr"` eller `unit: "Socialtjänsten"`
sip003 = planen säger inte vad andra än kommunen och regionen gör
sip003-hint = lägg till rader med `responsible: Family`, `Child` eller `Other("…")`, eller skriv `no_measures_by_others: true` om det inte finns några
sip004 = `no_measures_by_others` är sant, men tabellen har rader för andra än kommunen och regionen
sip004-hint = ta bort `no_measures_by_others: true`, eller ändra de raderna
sip005 = { $huvudman } har det övergripande ansvaret men ingen insats i planen
sip005-hint = kontrollera att rätt huvudman har det övergripande ansvaret
sip006 = planen har insatser från bara en huvudman
sip006-hint = en SIP gäller behov som både kommunen och regionen ansvarar för; kontrollera att inget saknas
sip007 = den andra aktören som ansvarar saknar namn
sip007-hint = skriv aktörens namn, t.ex. `Other("Försäkringskassan")`
sip010 = ingen finns med som har gett samtycke
sip010-hint = skriv namnen på dem som samtyckt, t.ex. `given_by: ["Sara Exempel"]`: planen kräver samtycke
sip011 = samtycket är daterat { $date }, efter mötet { $meeting }
sip011-hint = samtycket ska ges innan planen upprättas: kontrollera båda datumen
sip012 = samtycket återkallades { $date }, samma dag som mötet eller tidigare
sip012-hint = en plan kan inte upprättas utan samtycke: be om nytt samtycke, eller ta bort `revoked_on` om det är fel
sip013 = { $name } har gemensam vårdnad men finns inte med bland dem som samtyckt
sip013-hint = vid gemensam vårdnad samtycker båda vårdnadshavarna; skriv båda namnen, eller ange socialnämndens beslut enligt FB 6 kap. 13 a §
sip014 = barnet är { $age } år, men barnets egen inställning till samtycket är inte antecknad
sip014-hint = från ungefär 15 år väger barnets egen inställning tungt: skriv den i `consent.child_view`
sip015 = samtycket upphör { $date }, före uppföljningen { $follow_up }
sip015-hint = förnya samtycket före uppföljningen, eller flytta uppföljningen
sip016 = samtycket upphörde { $date }, före mötet { $meeting }
sip016-hint = be om nytt samtycke och uppdatera `date` och `valid_until`
sip017 = { $name } har gett samtycke men är varken barnet, en vårdnadshavare eller en anhörig i planen
sip017-hint = jämför stavningen med `guardians`, eller lägg till personen där
sip017-hint-meant = menade du `{ $name }`? Skriv namnet exakt som i `guardians`
sip020 = uppföljningen { $follow_up } är inte efter mötet { $meeting }
sip020-hint = sätt uppföljningen till en dag efter mötet
sip021 = insatsen ska vara klar { $done_by }, innan den börjar { $start }
sip021-hint = byt plats på datumen eller rätta ett av dem
sip022 = planen avslutas { $closed }, före sitt möte { $meeting }
sip022-hint = skriv dagen då planen avslutades, samma dag som mötet eller senare
sip023 = avvikelsen gäller insats { $row }, men planen har { $count } insatser
sip023-hint = raden räknas från 1 i planen som den var när avvikelsen skrevs: rätta raden, eller skriv Event(...) om avvikelsen inte gällde en insats
sip030 = planen säger inte hur barnet deltog
sip030-hint = lägg till t.ex. `child_participation: (how: PartOfMeeting)`: planen tas fram tillsammans med barnet när det går
sip031 = barnet är { $age } år på mötesdagen
sip031-hint = det här är en SIP för barn; från 18 år samtycker personen själv, och en SIP för vuxna kan passa bättre
sip032 = barnet är { $age } år på mötesdagen: födelsedatumet är inte helt känt, så barnet kan vara 18
sip032-hint = om barnet är 18 samtycker hen själv; fråga barnet, och hör med Skatteverket om födelsedatumet har fastställts
sip040 = barnets { $kind } är inte giltigt: { $why }
sip040-hint = jämför numret med barnets papper, siffra för siffra
sip041 = numret är ett { $kind }, men det är skrivet som ett { $written }
sip041-hint-samordningsnummer = en dag mellan 61 och 91 betyder samordningsnummer: skriv `Samordningsnummer("…")`
sip041-hint-personnummer = skriv `Personnummer("…")`
sip042 = numret är skrivet med `+`, vilket betyder att personen är 100 år eller äldre
sip042-hint = för ett barn, skriv `-` mellan datumet och de fyra sista siffrorna
sip043 = födelsedatumet { $date } är efter mötet { $meeting }
sip043-hint = kontrollera året i födelsedatumet
sip044 = reservnumret är tomt
sip044-hint = skriv reservnumret, eller använd `BirthDate("ÅÅÅÅ-MM-DD")` om barnet inte har något
sip045 = ingen vårdnadshavare finns med
sip045-hint = lägg till barnets vårdnadshavare under `guardians`
sip050 = texten är tom
sip050-hint = skriv värdet, eller ta bort raden om fältet inte är obligatoriskt
sip051 = texten är för lång: { $count } tecken, här får den vara högst { $max }
sip051-hint = korta den; en lång bakgrund hör hemma i journalen, inte i planen
sip052 = det här är inte en e-postadress
sip052-hint = skriv den som namn@exempel.se
sip053 = det här är inte ett telefonnummer
sip053-hint = använd siffror, mellanslag, + och -, t.ex. 08-123 456 78 eller +46 8 123 456 78
sip055 = värdet är utanför det tillåtna
sip055-hint = planens version är ett tal från 1 till 999
sip056 = listan har { $count } rader; sipplan tar högst { $max }
sip056-hint = en SIP är en kort plan: behåll det mötet kom överens om, och kontrollera att det är rätt fil
sip057 = texten är { $band } för en familj eller ett barn: LIX { $score }, { $per_sentence } ord per mening och { $long_share } % långa ord{ $longest ->
    [none] {""}
   *[other] ; längst: { $longest }
}
sip057-hint = korta meningarna och byt långa ord mot vardagliga där det går; LIX är ett grovt mått (sammansatta ord ger höga värden), så det här är ett råd, inget fel
lix-very-easy = mycket lättläst
lix-easy = lättläst
lix-medium = medelsvår
lix-hard = svår
lix-very-hard = mycket svår
sip062 = tecknen «{ $chars }» kan inte skrivas ut: inget av de inbäddade typsnitten har dem, så de skulle visas som �
sip062-person = tecknen «{ $chars }» i uppgifterna om { $who } kan inte skrivas ut: inget av de inbäddade typsnitten har dem, så de skulle visas som �
sip062-hint = typsnitten har latinska, grekiska, kyrilliska, arabiska (även persiska och sorani) och etiopiska (tigrinja) bokstäver: ta bort tecknen, t.ex. emoji, eller skriv ordet med sådana bokstäver
sip063 = texten har tecken som inte syns i utskriften ({ $chars }): ett radbyte, en tabb, ett styrtecken eller ett tecken för skrivriktning. I ett namn kan de flytta resten av namnet över andra uppgifter
sip063-hint = skriv namnet på en rad med bara bokstäver, mellanslag och skiljetecken; kopiera det inte från ett annat program
sip064 = barnets namn innehåller siffror; namnet står överst på varje sida bredvid personnumret, så siffror i det kan läsas som ett annat nummer
sip064-hint = skriv bara barnets för- och efternamn; personnumret skrivs i `id`

## The template's rules for the plan

sip070 = mallen `{ $template }` kräver `{ $field }`
sip070-hint = fyll i det: er kommuns överenskommelse kräver det
sip071 = mallen har ingen egen del `{ $key }`
sip071-hint = mallens egna delar är: { $sections }
sip071-hint-none = mallen `{ $template }` har inga egna delar
sip072 = `{ $key }` har inget fält `{ $field }`
sip072-hint = fälten i `{ $key }` är: { $fields }
sip073 = `{ $option }` är inte ett alternativ i `{ $field }`
sip073-hint = alternativen är: { $options }
sip074-checklist = `{ $field }` är en checklista: skriv nycklarna för de alternativ som är ikryssade
sip074-checklist-hint = t.ex. `["{ $first }"]`; alternativen är: { $options }
sip074-text = `{ $field }` är ett textfält: skriv texten inom citattecken
sip074-text-hint = t.ex. `"…"`
sip075 = mallen kräver `{ $field }` i `{ $section }` ({ $label })
sip075-hint = lägg till det under `custom: {"{"} "{ $section }": {"{"} "{ $field }": … {"}"} {"}"}`
sip080 = mötet bör hållas inom { $days } dagar från samtycket
sip080-hint = anteckna skälet till dröjsmålet i journalen
sip081 = uppföljningen bör ske inom { $days } dagar från mötet
sip081-hint = flytta uppföljningen tidigare, eller behåll datumet om gruppen kom överens om det

## Revisions and follow-up

sip090 = version { $revision } kommer efter version { $previous }
sip090-hint = versionerna numreras 1, 2, 3, … i ordning; en tidigare version kan ha ändrats för hand
sip091 = mötet i version { $revision } ({ $date }) är inte efter mötet i version { $previous } ({ $previous_date })
sip091-hint = varje uppföljningsmöte kommer efter det förra; kontrollera datumen
sip093 = en tidigare version har en egen historik
sip093-hint = historiken är en enda lista, äldst först, på planens översta nivå
sip094 = uppföljningen som planerades till { $date } har passerat, och ingen nyare version finns
sip094-hint = efter uppföljningsmötet, kör `sipplan followup` på planen för att börja nästa version
sip095 = insatsen "{ $what }" har ingen status från den här uppföljningen
sip095-hint = fyll i `status`, `status_comment` och `status_date` så som ni kom överens om på mötet
sip096 = insatsen är markerad som klar, men dess klar-datum { $done_by } har inte kommit än
sip096-hint = kontrollera statusen, eller sätt `done_by` till dagen då den blev klar

## Reading a file (load)

sip100 = filen är inte UTF-8-text: rad { $line }, kolumn { $column } har ett tecken som sparats i en annan teckenkodning
sip100-letter = filen är inte UTF-8-text: rad { $line }, kolumn { $column } har ett tecken som sparats i en annan teckenkodning ({ $letter } i Latin-1)
sip100-hint = filen sparades troligen som Latin-1 eller Windows-1252 ("ANSI"); öppna den i textredigeraren och spara den igen som UTF-8 (i Anteckningar: "Spara som", sedan "Kodning: UTF-8")
sip101 = filen är { $size } kB; sipplan läser filer på högst { $max } kB
sip101-hint = en planfil är normalt några kB: kontrollera att det är rätt fil
sip102 = filen kan inte läsas här: { $why }
sip102-hint = titta på raden ovanför efter ett kommatecken, citattecken eller en parentes som saknas; varje fält skrivs `namn: värde,`
sip102-empty = filen är tom
sip102-empty-hint = skriv en plan i den; `sipplan new` skriver en med alla fält
sip102-unclosed = texten saknar avslutande citattecken
sip102-unclosed-hint = lägg till " som saknas i slutet av texten
sip103 = okänt fält `{ $field }`
sip103-hint = fälten här är: { $fields }
sip104 = det obligatoriska fältet `{ $field }` saknas
sip104-hint = lägg till `{ $field }: …` i `{ $place }`; `sipplan new` skriver en plan med alla fält
sip104-hint-top = lägg till `{ $field }: …` på planens översta nivå; `sipplan new` skriver en plan med alla fält
sip105-expected = här ska det stå { $expected }
sip105-wrong-kind = fel sorts värde: { $found }, här ska det stå { $expected }
sip105-length = fel antal delar: { $found }, här ska det stå { $expected }
sip105-hint = text skrivs inom citattecken, datum som "ÅÅÅÅ-MM-DD", ja/nej som true/false
sip105-date-hint = datum skrivs "ÅÅÅÅ-MM-DD"; kontrollera att dagen finns i den månaden
sip105-time-hint = ett klockslag skrivs med timmar och minuter, "13.30" eller "13:30"; det är inte obligatoriskt och kan tas bort
sip105-version-hint = versionen är det första fältet i en planfil: `version: 1`
sip106 = `{ $found }` är inte ett av alternativen
sip106-hint = skriv ett av: { $choices }
sip106-hint-meant = menade du `{ $name }`? (skriv ett av: { $choices })
sip106-quoted = `{ $field }` tar ett av sina alternativ, skrivet utan citattecken
sip106-quoted-hint = skriv `{ $field }: { $right }`
sip106-quoted-hint-number = skriv `{ $field }: { $right }`, med numrets fyra sista siffror som de är
sip107 = `{ $placeholder }` är en platshållare som inte har fyllts i
sip107-hint = ersätt den, med < > och allt, med det riktiga värdet; ett fält som inte är obligatoriskt kan tas bort
sip108 = fältet `{ $field }` är skrivet två gånger
sip108-hint = behåll det ena och ta bort det andra
sip109 = filen har för många parenteser inuti varandra för att vara en plan
sip109-hint = leta efter parenteser som inte stängs eller som upprepas

date-form = `{ $text }` är inte ett datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-10
date-calendar = { $text } är inte ett datum i kalendern: kontrollera månaden och dagen
time-form = `{ $text }` är inte ett klockslag: skriv det som TT.MM eller TT:MM, till exempel 13.30
birth-date-form = `{ $text }` är inte ett födelsedatum: skriv det som ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ när dagen eller månaden inte är känd
birth-date-month = { $text } är inte ett födelsedatum: månaden ska vara 01–12
birth-date-day = { $text } är inte ett födelsedatum: dagen ska vara 01–31
birth-date-no-such-day = { $text } är inte ett födelsedatum: månad { $month } har ingen dag { $day }
format-version = filen har formatversion { $found }, men den här sipplan läser version { $reads }: skriv `version: { $reads }` eller använd en sipplan som kan version { $found }

syntax-eof = filen tar slut mitt i planen (en avslutande parentes kan saknas)
syntax-comma = ett kommatecken saknas
syntax-comma-or = ett kommatecken eller `{ $bracket }` saknas
syntax-close = en avslutande `{ $bracket }` saknas
syntax-colon = `:` saknas efter fältets namn
syntax-name = här ska det stå ett fältnamn eller ett alternativ, utan citattecken
syntax-comment = en kommentar är inte avslutad
syntax-trailing = det finns mer text efter planens slut
syntax-trailing-comma = ett kommatecken för mycket före slutparentesen
syntax-char = oväntat tecken `{ $char }`
syntax-json-key = ett fältnamn ska stå inom citattecken
syntax-value = här ska det stå ett värde
syntax-control = en text innehåller en radbrytning eller ett annat styrtecken; skriv det som \n
syntax-escape = ett omvänt snedstreck (\) i en text måste följas av n (ny rad), t (tabb), " (citattecken) eller ett till \
syntax-escape-hint = skriv \\ där ett snedstreck ska stå, till exempel "mamma\\pappa", eller skriv / i stället
syntax-struct-name = `{ $found }` ska inte stå här: filen börjar med en parentes (, utan ett namn före
syntax-struct-name-hint = ta bort ordet, så att filen börjar med (
syntax-other = { $detail }

found-number = talet `{ $value }`
found-text = texten { $value }
found-boolean = `{ $value }`
found-list = en lista
found-group = en grupp av fält
found-nothing = ingenting
found-other = { $value }

expected-text = text inom citattecken, som "text"
expected-integer = ett heltal
expected-boolean = `true` eller `false`
expected-list = en lista inom hakparenteser [ ]
expected-group-ron = en grupp av fält inom parenteser ( )
expected-group = en grupp av fält: ( ) i RON, {"{"} {"}"} i JSON
expected-choice = ett av alternativen
expected-other = { $what }

file-kind-word = ett Word-dokument
file-kind-excel = en Excel-arbetsbok
file-kind-opendocument = en OpenDocument-fil (LibreOffice)
file-kind-zip = ett ZIP-arkiv
file-kind-pdf = en PDF-fil
file-kind-office = ett Word- eller Excel-dokument (.doc, .xls)
file-kind-rtf = ett RTF-dokument
file-kind-png = en PNG-bild
file-kind-jpeg = en JPEG-bild
file-kind-gif = en GIF-bild
file-kind-gzip = en komprimerad fil (gzip)
file-kind-7zip = ett 7-Zip-arkiv

## Printing (render)

sip060 = kärnplanen tar { $pages } sidor; den ska rymmas på { $budget }: { $what }
sip060-section = delen "{ $heading }" fortsätter på sidan { $page }
sip060-custom = mallens egen del "{ $heading }" fortsätter på sidan { $page }
sip060-hint = korta långa texter: bakgrunden hör hemma i varje verksamhets egen journal
sip061 = { $count ->
    [one] { $count } tecken kan inte skrivas ut med det inbäddade typsnittet och visas som �: { $characters }
   *[other] { $count } tecken kan inte skrivas ut med det inbäddade typsnittet och visas som �: { $characters }
}
sip061-hint = typsnitten har latinska, grekiska, kyrilliska, arabiska (även persiska och sorani) och etiopiska (tigrinja, amhariska) bokstäver: ta bort tecknen eller skriv ordet med sådana bokstäver, eller godta tecknen
draft-not-filled = inte ifyllt: { $fields }

## Templates

sip200-hint = ange en mallfil, eller en inbyggd mall: { $builtins }
sip200-plan = kan inte läsa planens mall: { $why }
sip200-plan-hint = skriv en inbyggd mall ({ $builtins }) eller en sökväg i förhållande till planfilen
sip200-extends = kan inte läsa mallen den bygger på: { $why }
sip200-extends-hint = skriv en inbyggd mall ({ $builtins }) eller en sökväg i förhållande till den här filen
not-builtin = `{ $name }` är inte en inbyggd mall
no-files = kan inte läsa `{ $name }` här
sip201 = mallarna bygger på varandra i en cirkel: { $chain }
sip201-hint = en av dem måste sluta bygga på den andra
sip201-long = mallarna bygger på varandra i för många led: { $chain }
sip201-long-hint = en mall får bygga på högst { $max } mallar i rad; låt någon av dem bygga på en inbyggd mall
sip202 = mallen `{ $name }` som den bygger på har fel
sip202-hint = rätta dem först; de står nedanför
sip203 = mallen är skriven för planformat { $found }, men den här sipplan läser format { $reads }
sip203-hint = skriv `plan_format: { $reads }` när mallen är kontrollerad mot den här versionen
sip204 = { $count } etiketter saknas: { $labels }{ $more ->
    [0] {""}
   *[other] {" "}och { $more } till
}
sip204-hint = en mall som inte bygger på en annan måste ange alla etiketter; de flesta mallar bör börja med `extends: "sv"`
sip205 = mallen räknar inte upp sina delar
sip205-hint = lägg till `sections: [Child, Guardians, …]`, eller bygg på en mall som gör det
sip207-unreadable = kan inte läsa logotypen: { $why }
sip207-unusable = logotypen kan inte användas: { $why }
sip207-hint = använd en PNG- eller JPEG-fil på högst 512 kB och 4 miljoner pixlar, bredvid mallen
sip208 = delen `{ $section }` finns två gånger
sip208-hint = räkna upp varje del en gång, i den ordning den skrivs ut
sip209 = det finns ingen egen del `{ $key }`
sip209-hint = definiera den under `custom_sections` med den nyckeln
sip210 = delen `{ $section }` saknas
sip210-hint = Child, Consent, Meeting, Actions, Responsibility och FollowUp innehåller det lagen kräver och skrivs alltid ut
sip211-section = två egna delar har nyckeln `{ $key }`
sip211-section-hint = ge varje egen del en egen nyckel
sip211-field = två fält i `{ $section }` har nyckeln `{ $key }`
sip211-field-hint = ge varje fält en egen nyckel
sip212 = `{ $key }` kan inte användas som nyckel
sip212-hint = nycklar är unika, 1–40 tecken av a–z, 0–9 och _, t.ex. `skolstod`
sip213 = `{ $language }` är inte en språkkod
sip213-hint = skriv språket som en kod, t.ex. `sv` (svenska), `en` (engelska), `ar` (arabiska) eller `so` (somaliska): PDF-filen säger den till skärmläsare, som läser upp planen med rätt röst
sip214 = texten är { $count } tecken lång; här får en mall ha högst { $max } tecken
sip214-hint = en etikett är några ord eller en mening, och de fasta texterna står på varje sida eller över underskrifterna: korta texten
sip214-organisations = mallen nämner { $count } organisationer i sidhuvudet; det får vara högst { $max }
sip214-organisations-hint = nämn kommunen och regionen; fler parter står i planen

image-too-large = bilden är { $size } kB; gränsen är { $max } kB
image-kind = bilden är inte en PNG- eller JPEG-fil
image-pixels = bilden är { $width }×{ $height } pixlar; gränsen är { $max } pixlar
image-memory = bilden kräver mer minne än gränsen på { $max } pixlar tillåter
image-png-damaged = PNG-filen är skadad ({ $detail })
image-jpeg-cmyk = JPEG-bilden är i CMYK (tryckfärger), som en arkivbeständig PDF inte kan blanda med skärmens färger; spara logotypen som PNG eller som JPEG i RGB
image-jpeg-damaged = JPEG-filen är skadad eller avkortad: den går inte att läsa som en bild
image-jpeg-kind = JPEG-bilden är av ett slag som en PDF inte kan visa (förlustfri, 12 eller 16 bitar, eller aritmetiskt kodad); spara den som en vanlig JPEG eller som PNG

## The command line: reports

word-error = Fel
word-warning = Varning
word-help = Hjälp
report-here = här
report-in = i `{ $path }`
report-ok = { $warnings ->
    [0] OK
    [one] OK, { $warnings } varning
   *[other] OK, { $warnings } varningar
}
report-invalid = inte giltig: { $errors } fel{ $warnings ->
    [0] {""}
    [one] , { $warnings } varning
   *[other] , { $warnings } varningar
}
check-summary = { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
} kontrollerade: { $valid ->
    [one] { $valid } giltig
   *[other] { $valid } giltiga
}, { $invalid ->
    [one] { $invalid } inte giltig
   *[other] { $invalid } inte giltiga
}{ $unreadable ->
    [0] {""}
   *[other] , { $unreadable } kunde inte läsas
}
no-plan-files = inga planfiler (.ron eller .json) hittades
sip200-unusable = mallen kunde inte användas; kör `sipplan template check` på den
terminal-cannot-write = kan inte skriva till terminalen: { $why }

## The command line: files

file-cannot-read = kan inte läsa `{ $file }`: { $why }
file-is-folder = `{ $file }` är en mapp, inte en planfil
file-not-regular = `{ $file }` är inte en vanlig fil
file-outside = `{ $file }` ligger utanför mappen `{ $folder }`; sipplan läser bara mallar och logotyper som ligger i samma mapp som filen som nämner dem, eller i en mapp under den. En mall någon annanstans anger du själv med --template
file-binary = `{ $file }` är { $kind }; sipplan läser planfiler skrivna som text: börja en med `sipplan new`
file-named = `{ $file }`: { $why }
file-too-large = `{ $file }` är { $size } kB; gränsen är { $max } kB
folder-cannot-read = kan inte läsa mappen `{ $folder }`: { $why }
io-not-found = filen finns inte
io-permission = behörighet saknas
io-disk-full = disken är full
io-read-only = disken eller mappen är skrivskyddad
io-other = { $why }
write-is-folder = `{ $file }` är en mapp: ange ett filnamn, t.ex. `{ $file }/plan.pdf`
write-exists = `{ $file }` finns redan; lägg till --force för att ersätta den
write-is-input = `{ $file }` är en av filerna som lästes; välj ett annat namn för utskriften, så att den inte skrivs över
write-no-folder = kan inte skriva `{ $file }`: mappen `{ $folder }` finns inte
write-made-folder = skapade mappen `{ $folder }`
write-cannot = kan inte skriva `{ $file }`: { $why }
pdf-font = det inbäddade typsnittet kunde inte läsas
pdf-date = tiden { $seconds } kan inte skrivas som ett PDF-datum
pdf-write = PDF-filen kunde inte skrivas: { $why }
source-date-epoch = SOURCE_DATE_EPOCH ska vara ett antal sekunder sedan 1970, inte `{ $value }`

## The command line: render

render-output-not-folder = `{ $folder }` är inte en mapp: med flera planer anger -o mappen som PDF-filerna hamnar i
render-summary = skrev ut { $written } av { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
} på { $seconds } s{ $failed ->
    [0] {""}
   *[other] ; { $failed } skrevs inte ut:
}
render-renamed = { $count ->
    [one] 1 PDF-fil
   *[other] { $count } PDF-filer
} fick ett nummer tillagt i namnet, eftersom en tidigare plan har samma namn:
render-exists = inget skrevs: { $count ->
    [one] { $count } PDF-fil finns redan:
   *[other] { $count } PDF-filer finns redan:
}
render-exists-hint = lägg till --force för att ersätta dem (två planer skrivs aldrig till samma fil)
render-blank-one = --blank skriver ut arbetsbladet för en plan i taget
progress-plans = planer
render-template-errors = mallen har fel
render-not-printed-because = { $file } skrevs inte ut: { $reason }
render-not-printed = { $file } skrevs inte ut; rätta felen ovan, eller lägg till --draft för att skriva ut den märkt UTKAST
render-past-limits = den skrivs inte ut, inte heller som utkast: planen är längre än en SIP får vara; korta listan eller texten som felet ovan visar
render-no-revision = planen har ingen version { $revision }
render-draft-unreadable = { $file } skrevs inte ut: den kan inte läsas ens som utkast; rätta felet ovan
render-cannot-be-read = kan inte läsas
render-wrote = skrev { $file } ({ $pages ->
    [one] { $pages } sida
   *[other] { $pages } sidor
}, { $size } kB)

## The command line: other commands

followup-invalid = rätta planen innan nästa version påbörjas
followup-closed = planen avslutades { $date }, så den har ingen nästa version; för att öppna den igen, ta bort `closed` från `follow_up`
followup-rewritten = obs: planfilen kunde inte redigeras vid `{ $path }`, så den nya versionen skrivs från början och filens kommentarer följer inte med
followup-cannot-write = kan inte skriva planen: { $why }
followup-wrote = skrev version { $revision } till { $file }; fyll i varje <platshållare>, kör sedan `sipplan check { $file }`
diff-other-child = varning: `{ $first }` och `{ $second }` är planer för olika barn; jämförelsen nedan görs ändå
diff-one-revision = `{ $file }` har bara en version: det finns inget att jämföra (ange en andra planfil att jämföra med)
new-wrote = skrev { $file }; fyll i varje <platshållare>, kör sedan `sipplan check { $file }`
template-broken = den inbyggda mallen `{ $id }` är trasig
template-list-line = { $name } (språk: { $language }, version { $version })
template-ok = OK — "{ $name }" ({ $sections ->
    [one] 1 del skrivs ut
   *[other] { $sections } delar skrivs ut
}, { $custom ->
    [one] 1 egen del
   *[other] { $custom } egna delar
}, { $required ->
    [one] 1 obligatoriskt fält
   *[other] { $required } obligatoriska fält
}{ $logo ->
    [yes] , logotyp
   *[no] {""}
})
template-init-wrote = skrev { $file }; ändra det er överenskommelse kräver, kör sedan `sipplan template check { $file }`
stats-period = --from { $from } är efter --to { $to }: perioden måste börja innan den slutar
stats-no-folder = `{ $folder }` finns inte: ange en mapp med planfiler
stats-wrote = skrev { $file }
stats-wrote-report = skrev { $file } ({ $pages ->
    [one] { $pages } sida
   *[other] { $pages } sidor
})
stats-read = läste { $plans ->
    [one] { $plans } plan
   *[other] { $plans } planer
} från { $files ->
    [one] { $files } fil
   *[other] { $files } filer
}{ $older ->
    [0] {""}
   *[other] {" "}({ $older } utelämnade: en äldre version av en plan som också finns med)
}
stats-not-counted = { $count ->
    [one] { $count } planfil
   *[other] { $count } planfiler
} räknades inte; rätta dem och kör igen (`sipplan check` visar hur):
stats-cannot-write = kan inte skriva { $what }: { $why }

## The command line: arguments clap refuses

arg-unknown = det finns inget val `{ $arg }`
arg-unknown-meant = det finns inget val `{ $arg }`; menade du `{ $meant }`?
arg-command = det finns inget kommando `{ $command }`
arg-command-meant = det finns inget kommando `{ $command }`; menade du `{ $meant }`?
arg-no-command = ange vilket kommando som ska köras
arg-value = `{ $value }` är inte ett värde för `{ $arg }`; skriv ett av: { $valid }
arg-value-missing = `{ $arg }` behöver ett värde
arg-invalid = `{ $value }` kan inte användas för `{ $arg }`: { $why }
arg-missing = saknas: { $args }
arg-conflict = `{ $arg }` kan inte användas tillsammans med `{ $other }`
arg-too-many = `{ $arg }` anges för många gånger
arg-more-help = Mer hjälp får du med --help efter kommandot.

## The command line: --help

help-usage = Användning:
help-heading-commands = Kommandon
help-heading-arguments = Argument
help-heading-options = Val
help-value-command = KOMMANDO
help-help = Visa hjälpen
help-version = Visa versionen
help-about = sipplan: kontrollera ett barns SIP (samordnad individuell plan) och skriv ut den som en kort PDF.
help-lang = Språket i meddelanden och hjälp: sv (standard) eller en. Utan valet ger en engelsk LANG eller LC_MESSAGES engelska.
help-check-about = Kontrollera planfiler: visar varje problem med rad, kolumn och vad du kan göra.
help-check-files = Planfiler (.ron, eller .json för JSON), eller mappar med sådana.
help-check-format = Hur resultatet skrivs: text (läsbar, standard) eller json (för andra program).
help-check-template = Mall att kontrollera mot: en inbyggd mall (sv, en, ar, fa, ckb, so, ti) eller en mallfil. Standard: mallen som planen anger, annars sv.
help-check-today = Dagen som avgör om en uppföljning har passerat (ÅÅÅÅ-MM-DD). Standard: i dag, eller SIPPLAN_TODAY.
help-render-about = Skriv ut en plan som A4-PDF till SIP-mötet (eller ett tomt arbetsblad med --blank).
help-render-plans = Planfiler (.ron eller .json) eller mappar med sådana. Behövs inte med --blank.
help-render-output = Var PDF-filen skrivs; med flera planer en mapp. Standard: bredvid varje plan, med .pdf.
help-render-force = Ersätt utfilen om den redan finns.
help-render-draft = Skriv ut en plan som har fel, märkt "UTKAST" på varje sida.
help-render-mask = Skriv personnumret som ÅÅÅÅMMDD-XXXX (för kopior).
help-render-blank = Skriv ut ett tomt arbetsblad att fylla i för hand på mötet.
help-render-history = Lägg till en sida med planens alla versioner och vad som ändrades.
help-render-child-page = Lägg till "Min plan", barnets egen sida med stor text, efter planen.
help-render-name-by-child = Döp varje PDF-fil efter barnet (t.ex. elsa-exempeldotter.pdf) i stället för efter planfilen. Använder aldrig personnumret.
help-render-revision = Skriv ut en tidigare version av planen (1, 2, …) i stället för den nuvarande.
help-render-template = Mall att skriva ut med: en inbyggd mall (sv, en, ar, fa, ckb, so, ti) eller en mallfil. Standard: mallen som planen anger, annars sv.
help-render-family-language = Efter planen: samma plan med rubrikerna på familjens språk, som kopia till familjen (språkkoden för en inbyggd mall: en, ar, fa, ckb, so eller ti). Den svenska planen är originalet.
render-no-family-language = det finns ingen inbyggd mall på språket `{ $code }`; språken som finns är: { $codes }
help-render-today = Dagen som avgör om en uppföljning har passerat (ÅÅÅÅ-MM-DD). Standard: i dag, eller SIPPLAN_TODAY.
help-render-quiet = Visa bara problem och sammanfattningen: ingen förloppsindikator, ingen rad per PDF-fil.
help-followup-about = Börja nästa version av en plan efter ett uppföljningsmöte.
help-followup-plan = Planfilen som har följts upp.
help-followup-output = Var den nya versionen skrivs. Standard: bredvid planen, med det nya versionsnumret i namnet (plan-v2.ron).
help-followup-force = Ersätt utfilen om den redan finns.
help-diff-about = Visa vad som ändrats mellan planens två senaste versioner, eller mellan två planfiler.
help-diff-plan = Planen (den nuvarande versionen jämförs med den föregående).
help-diff-other = En andra planfil: jämför den första med den här i stället.
help-diff-template = Mall vars språk används: en inbyggd mall eller en mallfil.
help-new-about = Skriv en startplan med alla fält och <platshållare> att fylla i.
help-new-output = Var den skrivs; utan valet visas planen här.
help-new-force = Ersätt utfilen om den redan finns.
help-stats-about = Räkna planerna i mappar till den årliga uppföljningen (BUS): bara siffror, aldrig ett namn eller ett nummer; antal under 5 visas som <5.
help-stats-folders = Mappar med planfiler (eller planfiler).
help-stats-from = Periodens första dag (ÅÅÅÅ-MM-DD). Standard: ingen början.
help-stats-to = Periodens sista dag (ÅÅÅÅ-MM-DD). Standard: i dag.
help-stats-format = Hur siffrorna skrivs: table (tabell, standard), csv eller json.
help-stats-output = Skriv siffrorna till den här filen i stället för till terminalen.
help-stats-report = Skriv också en PDF-rapport med tabeller och staplar, att bifoga uppföljningen.
help-stats-min-cell = Antal från 1 till N-1 visas som "<N", så att inget barn kan kännas igen. Standard: 5.
help-stats-template = Mall vars språk siffrorna visas på: en inbyggd mall (sv, en, ar, fa, ckb, so, ti) eller en mallfil. Standard: meddelandenas språk.
help-stats-force = Ersätt utfiler som redan finns.
help-stats-today = Dagen som avslutar en period utan --to och som avgör vilka uppföljningar som har missats (ÅÅÅÅ-MM-DD). Standard: i dag, eller SIPPLAN_TODAY.
help-due-about = Vad som ska göras i dina planer: uppföljningar som har passerat eller närmar sig, samtycken som går ut, insatser efter sitt datum, planer utan samordnare. En rad per plan, det brådskande först; personnumret maskat.
help-due-folders = Mappar med planfiler (eller planfiler).
help-due-today = Dagen att bedöma efter (ÅÅÅÅ-MM-DD). Standard: i dag, eller SIPPLAN_TODAY.
help-due-within = Hur många dagar framåt en uppföljning räknas som nära. Standard: 28.
help-due-format = Hur listan skrivs: table (tabell, standard), csv eller json.
help-due-mask = Dölj också barnens namn (för en lista som andra ser).
help-invitation-about = Skriv ut kallelsen till SIP-mötet: ett brev på en sida till var och en som bjuds in (vårdnadshavarna och deltagarna), eller ett till alla. En plan som ännu är ett utkast går bra.
help-invitation-plan = Planfilen.
help-invitation-output = PDF-filen att skriva. Standard: bredvid planen, `<plan>-kallelse.pdf`.
help-invitation-one-for-all = Ett brev till alla inbjudna i stället för ett var.
help-invitation-template = Mall vars ord brevet använder: en inbyggd mall eller en mallfil. Standard: mallen som planen anger, annars sv.
help-invitation-force = Ersätt PDF-filen om den redan finns.
help-deviation-about = Rapportera en avvikelse i samverkan: en part gjorde inte sin insats, ett möte hölls inte, en plan följdes inte upp. Hela rapporten för den lokala hanteringen, eller med --deidentified kopian till BUS-kansliet, som inte namnger någon.
help-deviation-plan = Planfilen.
help-deviation-insats = Insatsen det gäller: dess rad i planen, från 1.
help-deviation-event = Händelsen det gäller, när det inte är en insats: no-initiative, party-absent, meeting-not-held, not-followed-up, information-not-passed eller other.
help-deviation-what = Vad som hände, med några meningar.
help-deviation-date = När det hände (ÅÅÅÅ-MM-DD).
help-deviation-reporter = Vem som rapporterar: ditt namn (står inte i den avidentifierade kopian).
help-deviation-party = Vilket slags part som inte gjorde sin del, för en händelse: kommun, region eller other (annan aktör). För en insats avgör dess ansvarig.
help-deviation-deidentified = Kopian till BUS-kansliet: inget namn, nummer eller födelsedatum.
help-deviation-confirmed = Du har läst --what och den namnger ingen person (behövs med --deidentified).
help-deviation-output = PDF-filen att skriva. Standard: bredvid planen.
help-deviation-record = Spara också avvikelsen i planfilen, så att stats räknar den.
help-deviation-template = Mall vars ord rapporten använder. Standard: planens, annars sv.
help-deviation-force = Ersätt PDF-filen om den redan finns.
deviation-no-insats = planen har ingen insats { $row }: den har { $count }
deviation-identifying = beskrivningen kan peka ut någon: { $found }; skriv om den utan namn, personnummer och födelsedatum
deviation-confirm = läs beskrivningen (--what) en gång till: den avidentifierade kopian får inte namnge någon person eller säga något som pekar ut barnet; lägg sedan till --confirmed
deviation-invalid = avvikelsen kan inte skrivas ut eller sparas: { $field ->
    [what] beskrivningen (--what)
    [reporter] vem som rapporterar (--reporter)
   *[other] { $field }
}: { $why }
deviation-wrote = skrev { $file }
deviation-recorded = sparade avvikelsen i { $file }
deviation-recorded-before = avvikelsen finns redan i { $file }; den sparades inte en gång till
deviation-cannot-record = avvikelsen kunde inte sparas i { $file }: { $why }; planfilen är oförändrad
record-write = den gick inte att skriva i filens format ({ $why })
record-edit = filen gick inte att ändra vid `{ $path }`
record-read-back = den ändrade filen gick inte att läsa tillbaka
invitation-missing = varning: kallelsen saknar { $values }. Breven är skrivna utan { $count ->
    [one] det
   *[other] dem
}; fyll i planen och skriv ut kallelsen igen innan den skickas.
invitation-wrote = skrev { $file } ({ $letters ->
    [one] 1 brev
   *[other] { $letters } brev
})
help-schema-about = Skriv ut JSON Schema för planfilens format (för textredigerare och andra program).
help-schema-template = Skriv ut schemat för mallformatet i stället.
help-template-about = Arbeta med mallar: en kommuns eller regions version av planen.
help-template-list-about = Lista de inbyggda mallarna.
help-template-init-about = Skriv en kommenterad startmall som bygger på en annan mall.
help-template-init-from = Mallen att börja från: en inbyggd mall eller en mallfil. Standard: sv.
help-template-init-output = Var den skrivs; utan valet visas mallen här.
help-template-init-force = Ersätt utfilen om den redan finns.
help-template-check-about = Kontrollera en mallfil och allt den bygger på.
help-template-check-file = Mallfilen (.ron, eller .json för JSON).
help-value-options = VAL
value-code = KOD
value-date = DATUM
value-file = FIL
value-file-id = FIL|MALL
value-files = FILER
value-plans = PLANER
value-plan = PLAN
value-other = ANNAN
value-folders = MAPPAR
value-output = UTFIL
value-format = FORMAT
value-n = N

## The browser form (web/)

web-new = Ny plan
web-open = Öppna plan…
web-save-plan = Spara plan (.ron)
web-save-json = Spara som .json
web-save-pdf = Spara PDF
web-print = Skriv ut
web-followup = Börja nästa version
web-diff = Vad har ändrats
web-template = Mall
web-open-template = Öppna mallfil…
web-problems = Att åtgärda
web-no-problems = Planen är giltig.
web-preview = Förhandsvisning
web-add = Lägg till
web-remove = Ta bort
web-up = Flytta upp
web-down = Flytta ned
web-row = Rad
web-id-kind = Slags nummer
web-other-actor = Annan aktör
web-draft = Utkast: planen har fel och skrivs ut märkt UTKAST.
web-valid = Giltig plan
web-unsaved = Planen har ändringar som inte är sparade.
web-offline = Allt stannar på den här datorn: inget skickas någonstans.
web-yes = Ja
web-no = Nej
web-unknown = Inte angivet
web-participation-note = Hur barnet deltog, med ord
web-status-date = Statusen gäller från
web-status-comment = Vad som sades om insatsen vid uppföljningen
web-open-failed = Filen { $name } kunde inte öppnas. Planen som redan var öppen är kvar som den var.
web-date-format = ÅÅÅÅ-MM-DD
web-template-not-opened = öppna mallfilen `{ $name }` i formuläret först
web-logo-not-opened = öppna logotypen `{ $name }` tillsammans med mallfilen
web-template-default = Planens egen (annars sv)
web-family = Kopia för familjen
web-family-none = Ingen
web-child-page = Min plan
web-guardians = Vårdnadshavare
help-help-command = Visa hjälpen för ett kommando

## What is due (due)

due-follow-up-overdue = uppföljningen skulle ha varit { $date } ({ $days } dagar sedan)
due-follow-up-soon = uppföljning { $date } (om { $days } dagar)
due-consent-revoked = samtycket återkallades { $date }: planen kan inte fortsätta som den är
due-consent-expired = samtycket gällde till { $date }: ett nytt behövs
due-consent-before-follow-up = samtycket gäller till { $date }, före uppföljningen
due-action-overdue = insats { $row } ({ $what }) skulle vara klar { $date } men är inte markerad som klar
due-action-overdue-masked = insats { $row } skulle vara klar { $date } men är inte markerad som klar
due-no-coordinator = ingen samordnare namngiven
due-column-when = Datum
due-column-child = Barn
due-column-id = Personnummer
due-column-file = Fil
due-column-what = Att göra
due-summary = { $plans ->
    [one] 1 plan
   *[other] { $plans } planer
}, { $due } med något att göra (uppföljningar inom { $within } dagar){ $older ->
    [0] {""}
    [one] {" "}(1 utelämnad: en äldre version av en plan som också finns med)
   *[other] {" "}({ $older } utelämnade: äldre versioner av planer som också finns med)
}
due-unreadable = { $file }: kunde inte läsas: { $why }

## Interrupted runs and the plan file kept safe (issue 29)

run-interrupted = avbrutet; de tillfälliga filer som den här körningen hade börjat skriva är borttagna (PDF:er som redan var klara finns kvar)
leftovers-removed = { $count ->
    [one] tog bort 1 tillfällig fil
   *[other] tog bort { $count } tillfälliga filer
} som en avbruten körning lämnat kvar i { $folder }
record-hard-links = { $file } har flera namn (hårda länkar); avvikelsen sparas inte i den, eftersom en ny fil skulle skilja namnen åt. Ingenting skrevs
record-owner = avvikelsen kunde inte sparas i { $file }: filen tillhör en annan användare, och en ny fil skulle få en annan ägare. Planen är oförändrad
deviation-recorded-link = sparade avvikelsen i { $file }, filen som länken { $link } pekar på

# The heading comment of a plan file sipplan writes.
ron-heading = Samordnad individuell plan (SIP), version { $revision }.
ron-heading-to-fill = Fyll i varje "<…>": datum för den här versionen, för mötet och för nästa uppföljning, och för varje insats dess status, när den gällde och vad som sades om den. De tidigare versionerna står under "history": låt dem vara som de är.
