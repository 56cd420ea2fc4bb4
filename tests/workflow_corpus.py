"""Generated letters and invoices with their true field values, to measure extraction.

`make_corpus(folder)` writes invoices and letters in English, Danish, Swedish and German as
PDF (tests/pdfs.py, QPdfWriter: some invoices run to two pages with the total on page 2), DOCX
(python-docx, line items in a table) and plain text, and returns each with the values a
perfect extraction of INVOICE_FIELDS would give. The documents are written the way each
language writes them: labels (Invoice number / Fakturanummer / Fakturanummer /
Rechnungsnummer; Total / I alt / Att betala / Gesamtbetrag), dates (3 March 2026,
3. marts 2026, 3 mars 2026, 3. März 2026, 03.03.2026, 2026-03-03), amounts (£1,234.50,
1.234,50 kr., 1 234,50 kr, 1.234,50 €) and invoice numbers in several styles (INV-2026-0117,
2026/117, Nr. 4711). Each invoice also holds values a model can take by mistake: a due date,
the customer's name and address, line amounts, a subtotal and the VAT. Some letters name no
invoice number and no total: there the right answer is an empty cell.

Everything is drawn from a seeded random.Random, so the same call writes the same documents
(the same text; a PDF's bytes carry its creation time).

`score(rows, corpus)` grades RowExtracted rows against the truth: a cell is right when
grounded_values.find_value finds it in the true value (the same value in another format
counts: 1234.5 for "1.234,50 kr.", 2026-03-03 for "3. marts 2026") or when both are empty;
a non-empty cell that the document's text does not hold is "invented" (the workflow must
never produce one).

`make_letter_versions(folder)` writes two versions of one letter that differ in one line, for
the compare workflow.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from desktop_app.core.grounded_values import find_value

LANGUAGES = ("en", "da", "sv", "de")
FORMATS = ("pdf", "docx", "txt")
# The fields of core/workflows/extract.py's INVOICE_FIELDS, spelt out here so the corpus does
# not depend on the code it measures (a test checks that they agree).
FIELDS = ("invoice number", "date", "total", "sender")
DEFAULT_PER_LANGUAGE = 8
SEED = 12


@dataclass(frozen=True)
class CorpusDocument:
    path: Path  # absolute
    language: str  # "en", "da", "sv" or "de"
    kind: str  # "invoice" or "letter"
    format: str  # "pdf", "docx" or "txt"
    truth: dict[str, str]  # field -> value as the document writes it; "" when it has none
    truth_pages: dict[str, int | None] = field(default_factory=dict)  # PDF page of each value
    pages: int = 1  # PDF pages (1 for DOCX and text)


# -- what each language writes -----------------------------------------------------------------


@dataclass(frozen=True)
class _Language:
    code: str
    invoice_title: str
    invoice_number: str
    invoice_date: str
    due_date: str
    customer_number: str
    bill_to: str
    subtotal: str
    vat: str
    vat_rate: int
    total: str
    continued: str
    page_two: str
    payment: str
    items_heading: tuple[str, str, str, str]  # description, quantity, unit price, amount
    number_words: tuple[str, str]  # "Invoice No." for the "Nr. 4711" style, the prefix
    months: tuple[str, ...]
    regards: str
    subject: str
    reminder_subject: str
    reminder_body: str  # {number} {total}
    letter_subjects: tuple[tuple[str, str], ...]  # (subject, body)
    date_line: str  # {place} {date}
    companies: tuple[str, ...]
    people: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]  # (postcode, town)
    items: tuple[str, ...]
    registration: str  # "VAT reg. no." and the like


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


EN = _Language(
    code="en",
    invoice_title="INVOICE",
    invoice_number="Invoice number",
    invoice_date="Invoice date",
    due_date="Due date",
    customer_number="Customer number",
    bill_to="Bill to",
    subtotal="Subtotal",
    vat="VAT {rate}%",
    vat_rate=20,
    total="Total",
    continued="Continued on page 2.",
    page_two="Page 2 of 2",
    payment="Please pay within 30 days to sort code 20-45-77, account 43917265.",
    items_heading=("Description", "Qty", "Unit price", "Amount"),
    number_words=("Invoice No.", "INV"),
    months=_words(
        "January February March April May June July August September October November December"
    ),
    regards="Kind regards,",
    subject="Subject",
    reminder_subject="Payment reminder",
    reminder_body=(
        "According to our records, invoice {number} for {total} has not yet been paid. "
        "We would be grateful if you could settle the amount within the next ten days. "
        "If you have already paid, please disregard this letter."
    ),
    letter_subjects=(
        (
            "New opening hours",
            "From next month our shop will be open from nine to five on weekdays and from "
            "ten to two on Saturdays. Orders placed online are still dispatched every day.",
        ),
        (
            "Thank you for your visit",
            "Thank you for visiting our stand at the trade fair. We enclose our new catalogue "
            "and look forward to hearing from you about the samples you asked for.",
        ),
        (
            "Change of address",
            "We are moving to larger premises. Please send all post to our new address from "
            "the first of next month; our telephone numbers stay the same.",
        ),
    ),
    date_line="{place}, {date}",
    companies=(
        "Harbour Lane Printing Ltd",
        "Greenfield Office Supplies Ltd",
        "Castle Hill Catering Ltd",
        "Bluebird Logistics plc",
        "Northgate Software Ltd",
        "Riverside Garden Services Ltd",
        "Oakwood Furniture Ltd",
        "Brightwater Cleaning Ltd",
    ),
    people=(
        "Margaret Fowler",
        "Daniel Hughes",
        "Priya Shah",
        "Thomas Bradley",
        "Eleanor Walsh",
        "Samuel Okafor",
    ),
    streets=(
        "12 Wellington Street",
        "48 Station Road",
        "7 Mill Lane",
        "103 High Street",
        "22 Queen's Avenue",
        "5 Church Walk",
    ),
    towns=(
        ("LS1 4DY", "Leeds"),
        ("BS1 5TR", "Bristol"),
        ("M4 2AH", "Manchester"),
        ("YO1 7HH", "York"),
        ("NE1 3JQ", "Newcastle"),
    ),
    items=(
        "Printer paper A4, 500 sheets",
        "Toner cartridge, black",
        "Consulting, hours",
        "Delivery",
        "Office chair, grey",
        "Window cleaning",
        "Catering for 20 guests",
        "Software licence, one year",
    ),
    registration="VAT reg. no. GB 274 5519 38",
)

DA = _Language(
    code="da",
    invoice_title="FAKTURA",
    invoice_number="Fakturanummer",
    invoice_date="Fakturadato",
    due_date="Forfaldsdato",
    customer_number="Kundenummer",
    bill_to="Faktureres til",
    subtotal="Beløb ekskl. moms",
    vat="Moms {rate}%",
    vat_rate=25,
    total="I alt",
    continued="Fortsættes på side 2.",
    page_two="Side 2 af 2",
    payment="Betales inden 14 dage til reg.nr. 5301 konto 0244781.",
    items_heading=("Beskrivelse", "Antal", "Stykpris", "Beløb"),
    number_words=("Faktura nr.", "FAK"),
    months=_words(
        "januar februar marts april maj juni juli august september oktober november december"
    ),
    regards="Med venlig hilsen",
    subject="Vedr.",
    reminder_subject="Betalingspåmindelse",
    reminder_body=(
        "Ifølge vores bogføring er faktura {number} på {total} endnu ikke betalt. "
        "Vi beder dig venligst indbetale beløbet inden for de næste ti dage. "
        "Har du allerede betalt, kan du se bort fra dette brev."
    ),
    letter_subjects=(
        (
            "Nye åbningstider",
            "Fra næste måned har butikken åbent fra ni til sytten på hverdage og fra ti til "
            "fjorten om lørdagen. Bestillinger på nettet sendes stadig hver dag.",
        ),
        (
            "Tak for dit besøg",
            "Tak fordi du besøgte vores stand på messen. Vi vedlægger vores nye katalog og "
            "hører gerne fra dig om de prøver, du spurgte efter.",
        ),
        (
            "Ny adresse",
            "Vi flytter til større lokaler. Send venligst al post til vores nye adresse fra "
            "den første i næste måned; vores telefonnumre er de samme.",
        ),
    ),
    date_line="{place}, den {date}",
    companies=(
        "Nordisk Papir ApS",
        "Fyns Kontorforsyning A/S",
        "Havnens Catering ApS",
        "Jensen & Søn Tømrer ApS",
        "Østjysk Rengøring ApS",
        "Bølge Software A/S",
        "Lindholm Møbler ApS",
        "Skovgaard Gartneri I/S",
    ),
    people=(
        "Mette Kjærgaard",
        "Søren Holm",
        "Anne-Marie Østergaard",
        "Lars Bæk",
        "Pernille Dahl",
        "Jakob Friis",
    ),
    streets=(
        "Vestergade 12",
        "Søndre Allé 48",
        "Havnegade 7",
        "Nørrebrogade 103",
        "Åboulevarden 22",
        "Kirkestræde 5",
    ),
    towns=(
        ("8000", "Aarhus C"),
        ("5000", "Odense C"),
        ("2200", "København N"),
        ("9000", "Aalborg"),
        ("7100", "Vejle"),
    ),
    items=(
        "Kopipapir A4, 500 ark",
        "Tonerpatron, sort",
        "Konsulentbistand, timer",
        "Levering",
        "Kontorstol, grå",
        "Vinduespudsning",
        "Frokost til 20 personer",
        "Softwarelicens, et år",
    ),
    registration="CVR-nr. 31 47 22 08",
)

SV = _Language(
    code="sv",
    invoice_title="FAKTURA",
    invoice_number="Fakturanummer",
    invoice_date="Fakturadatum",
    due_date="Förfallodatum",
    customer_number="Kundnummer",
    bill_to="Fakturaadress",
    subtotal="Summa exkl. moms",
    vat="Moms {rate} %",
    vat_rate=25,
    total="Att betala",
    continued="Fortsättning på sida 2.",
    page_two="Sida 2 av 2",
    payment="Betalas inom 30 dagar till bankgiro 5050-1055.",
    items_heading=("Benämning", "Antal", "À-pris", "Belopp"),
    number_words=("Faktura nr", "F"),
    months=_words(
        "januari februari mars april maj juni juli augusti september oktober november december"
    ),
    regards="Med vänliga hälsningar",
    subject="Ärende",
    reminder_subject="Betalningspåminnelse",
    reminder_body=(
        "Enligt vår bokföring har faktura {number} på {total} ännu inte betalats. "
        "Vi ber dig vänligen betala beloppet inom tio dagar. "
        "Om du redan har betalat kan du bortse från detta brev."
    ),
    letter_subjects=(
        (
            "Nya öppettider",
            "Från nästa månad har butiken öppet nio till fem på vardagar och tio till två på "
            "lördagar. Beställningar på nätet skickas fortfarande varje dag.",
        ),
        (
            "Tack för ditt besök",
            "Tack för att du besökte vår monter på mässan. Vi bifogar vår nya katalog och "
            "hör gärna av oss om de prover du frågade efter.",
        ),
        (
            "Ny adress",
            "Vi flyttar till större lokaler. Skicka all post till vår nya adress från den "
            "första nästa månad; våra telefonnummer är desamma.",
        ),
    ),
    date_line="{place} {date}",
    companies=(
        "Göteborgs Pappershandel AB",
        "Norrlands Kontorsvaror AB",
        "Söderhamns Catering AB",
        "Ekström & Lund Bygg AB",
        "Västkustens Städ AB",
        "Fjällsoft AB",
        "Björkmans Möbler AB",
        "Lindqvists Trädgård HB",
    ),
    people=(
        "Karin Lindqvist",
        "Erik Sjöberg",
        "Åsa Nyström",
        "Johan Ekdahl",
        "Maria Björk",
        "Oskar Hedlund",
    ),
    streets=(
        "Storgatan 12",
        "Kungsgatan 48",
        "Hamngatan 7",
        "Drottninggatan 103",
        "Åsgatan 22",
        "Kyrkvägen 5",
    ),
    towns=(
        ("411 06", "Göteborg"),
        ("111 52", "Stockholm"),
        ("211 22", "Malmö"),
        ("753 20", "Uppsala"),
        ("902 40", "Umeå"),
    ),
    items=(
        "Kopieringspapper A4, 500 ark",
        "Tonerkassett, svart",
        "Konsulttimmar",
        "Frakt",
        "Kontorsstol, grå",
        "Fönsterputs",
        "Lunch för 20 personer",
        "Programlicens, ett år",
    ),
    registration="Org.nr 556677-8899",
)

DE = _Language(
    code="de",
    invoice_title="RECHNUNG",
    invoice_number="Rechnungsnummer",
    invoice_date="Rechnungsdatum",
    due_date="Zahlbar bis",
    customer_number="Kundennummer",
    bill_to="Rechnungsempfänger",
    subtotal="Nettobetrag",
    vat="MwSt. {rate} %",
    vat_rate=19,
    total="Gesamtbetrag",
    continued="Fortsetzung auf Seite 2.",
    page_two="Seite 2 von 2",
    payment="Zahlbar innerhalb von 14 Tagen auf IBAN DE44 5001 0517 5407 3249 31.",
    items_heading=("Beschreibung", "Menge", "Einzelpreis", "Betrag"),
    number_words=("Rechnung Nr.", "RE"),
    months=_words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    regards="Mit freundlichen Grüßen",
    subject="Betreff",
    reminder_subject="Zahlungserinnerung",
    reminder_body=(
        "Laut unserer Buchhaltung ist die Rechnung {number} über {total} noch nicht bezahlt. "
        "Wir bitten Sie, den Betrag innerhalb der nächsten zehn Tage zu überweisen. "
        "Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als "
        "gegenstandslos."
    ),
    letter_subjects=(
        (
            "Neue Öffnungszeiten",
            "Ab nächstem Monat ist unser Geschäft werktags von neun bis siebzehn Uhr und "
            "samstags von zehn bis vierzehn Uhr geöffnet. Online-Bestellungen versenden wir "
            "weiterhin täglich.",
        ),
        (
            "Vielen Dank für Ihren Besuch",
            "Vielen Dank für Ihren Besuch an unserem Messestand. Anbei erhalten Sie unseren "
            "neuen Katalog; wir melden uns gern wegen der gewünschten Muster.",
        ),
        (
            "Neue Anschrift",
            "Wir ziehen in größere Räume um. Bitte senden Sie Ihre Post ab dem Ersten des "
            "nächsten Monats an unsere neue Anschrift; unsere Telefonnummern bleiben gleich.",
        ),
    ),
    date_line="{place}, den {date}",
    companies=(
        "Müller Bürobedarf GmbH",
        "Schäfer & Koch Druckerei KG",
        "Hansa Catering GmbH",
        "Weißensee Logistik GmbH",
        "Bergmann Software AG",
        "Gärtnerei Lindner e.K.",
        "Holzwerk Brandt GmbH",
        "Sauber & Klar Gebäudereinigung GmbH",
    ),
    people=(
        "Sabine Krüger",
        "Jürgen Weiß",
        "Katharina Vogel",
        "Matthias Schröder",
        "Anja Hoffmann",
        "Felix Baumann",
    ),
    streets=(
        "Hauptstraße 12",
        "Bahnhofstraße 48",
        "Mühlenweg 7",
        "Goethestraße 103",
        "Schloßallee 22",
        "Kirchgasse 5",
    ),
    towns=(
        ("20095", "Hamburg"),
        ("80331", "München"),
        ("50667", "Köln"),
        ("04109", "Leipzig"),
        ("28195", "Bremen"),
    ),
    items=(
        "Kopierpapier A4, 500 Blatt",
        "Tonerkartusche, schwarz",
        "Beratung, Stunden",
        "Versand",
        "Bürostuhl, grau",
        "Fensterreinigung",
        "Mittagessen für 20 Personen",
        "Softwarelizenz, ein Jahr",
    ),
    registration="USt-IdNr. DE 281 447 903",
)

LANGUAGE_DATA = {language.code: language for language in (EN, DA, SV, DE)}
# "3 st": a bare quantity before a Swedish "148,66" would read as one number, 3 148,66.
_PIECES = {"en": "", "da": " stk.", "sv": " st", "de": " Stk."}
_ATTENTION = {"en": "Attn:", "da": "Att.:", "sv": "Att:", "de": "z. Hd."}


# -- values written the local way ---------------------------------------------------------------


def format_date(day: datetime.date, language: str, style: int) -> str:
    """The date as `language` writes it; `style` picks one of its usual forms."""
    month = LANGUAGE_DATA[language].months[day.month - 1]
    forms = {
        "en": (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", day.isoformat()),
        "da": (f"{day.day}. {month} {day.year}", f"{day:%d.%m.%Y}", f"{day:%d-%m-%Y}"),
        "sv": (f"{day.day} {month} {day.year}", day.isoformat()),
        "de": (f"{day.day}. {month} {day.year}", f"{day:%d.%m.%Y}"),
    }[language]
    return forms[style % len(forms)]


def format_amount(amount: Decimal, language: str, style: int) -> str:
    """The amount with its currency as `language` writes it: 1,234.50 / 1.234,50 / 1 234,50."""
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    english = f"{groups}.{cents}"
    dotted = f"{groups.replace(',', '.')},{cents}"
    spaced = f"{groups.replace(',', ' ')},{cents}"
    forms = {
        "en": (f"£{english}", f"GBP {english}", f"{english} GBP"),
        "da": (f"{dotted} kr.", f"kr. {dotted}", f"DKK {dotted}"),
        "sv": (f"{spaced} kr", f"{spaced} SEK"),
        "de": (f"{dotted} €", f"EUR {dotted}", f"{dotted} EUR"),
    }[language]
    return forms[style % len(forms)]


def format_invoice_number(random_: random.Random, language: str, year: int, style: int) -> str:
    """INV-2026-0117, 2026/117 or 4711 (written after "Invoice No." / "Rechnung Nr.")."""
    prefix = LANGUAGE_DATA[language].number_words[1]
    serial = random_.randint(11, 989)
    if style % 3 == 0:
        return f"{prefix}-{year}-{serial:04d}"
    if style % 3 == 1:
        return f"{year}/{serial}"
    return str(random_.randint(1200, 9899))


# -- the documents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parts:
    """A document as blocks of lines; a table is a list of rows. `break_after` ends page 1."""

    blocks: list[list[str] | list[tuple[str, ...]]]
    tables: set[int]  # indexes of blocks that are tables
    break_after: int | None = None


def make_corpus(
    folder: Path, count_per_language: int = DEFAULT_PER_LANGUAGE, seed: int = SEED
) -> list[CorpusDocument]:
    """Write the corpus into `folder` (created) and return its documents with their truth.

    Per language, of every 8 documents: 5 invoices (one or two of the PDFs on two pages, the
    total on page 2), a payment reminder (a letter naming an invoice number and an amount)
    and 2 letters without either. Formats rotate with the language, so each language has
    every format and every format has both kinds. PDFs need a Qt application: one is made
    when none runs (tests pass pytest-qt's `qapp`)."""
    folder = Path(folder).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    documents = []
    for language_number, language in enumerate(LANGUAGES):
        random_ = random.Random(f"{seed}-{language}")
        for index in range(count_per_language):
            slot = index % 8
            kind = "invoice" if slot < 5 else "letter"
            format_ = FORMATS[(index + language_number) % len(FORMATS)]
            two_pages = format_ == "pdf" and kind == "invoice" and slot % 2 == 0
            stem = f"{language}-{index + 1:02d}-{kind}"
            if kind == "invoice":
                parts, truth, where = _invoice(random_, LANGUAGE_DATA[language], index, two_pages)
            else:
                parts, truth, where = _letter(random_, LANGUAGE_DATA[language], index, slot == 5)
            path = folder / f"{stem}.{format_}"
            pages = _write(path, format_, parts)
            truth_pages = {
                name: (where.get(name, 1) if format_ == "pdf" and truth[name] else None)
                for name in FIELDS
            }
            documents.append(
                CorpusDocument(path, language, kind, format_, truth, truth_pages, pages)
            )
    return documents


def _invoice(random_: random.Random, lang: _Language, index: int, two_pages: bool):
    sender = random_.choice(lang.companies)
    customer = random_.choice([name for name in lang.companies if name != sender])
    contact = random_.choice(lang.people)
    year = random_.choice((2025, 2026))
    day = datetime.date(year, 1, 1) + datetime.timedelta(days=random_.randint(0, 330))
    due = day + datetime.timedelta(days=random_.choice((14, 30)))
    date_style = index  # the forms rotate, so each language shows all of its own
    number_style = index % 3
    number = format_invoice_number(random_, lang.code, year, number_style)
    amount_style = index // 2

    items = []
    for description in random_.sample(lang.items, random_.randint(3, 5) + (3 if two_pages else 0)):
        quantity = random_.randint(1, 12)
        unit = Decimal(random_.randint(450, 48000)) / 100
        items.append((description, quantity, unit, quantity * unit))
    subtotal = sum((amount for *_, amount in items), Decimal(0))
    vat = (subtotal * lang.vat_rate / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = subtotal + vat
    if total == total.to_integral_value():  # a whole total could match a postcode's number
        vat += Decimal("0.01")
        total += Decimal("0.01")

    def money(value: Decimal) -> str:
        return format_amount(value, lang.code, amount_style)

    title = lang.invoice_title
    if number_style == 2:
        title = f"{lang.invoice_title}\n{lang.number_words[0]} {number}"
    street, (postcode, town) = random_.choice(lang.streets), random_.choice(lang.towns)
    customer_street = random_.choice([s for s in lang.streets if s != street])
    customer_postcode, customer_town = random_.choice(lang.towns)
    header = [
        sender,
        street,
        f"{postcode} {town}",
        lang.registration,
        "",
        title,
    ]
    facts = [
        f"{lang.invoice_number}: {number}",
        f"{lang.invoice_date}: {format_date(day, lang.code, date_style)}",
        f"{lang.due_date}: {format_date(due, lang.code, date_style)}",
        f"{lang.customer_number}: {random_.randint(10000, 99999)}",
    ]
    bill_to = [
        f"{lang.bill_to}:",
        customer,
        f"{_ATTENTION[lang.code]} {contact}",
        customer_street,
        f"{customer_postcode} {customer_town}",
    ]
    rows = [lang.items_heading] + [
        (description, f"{quantity}{_PIECES[lang.code]}", money(unit), money(amount))
        for description, quantity, unit, amount in items
    ]
    sums = [
        f"{lang.subtotal}: {money(subtotal)}",
        f"{lang.vat.format(rate=lang.vat_rate)}: {money(vat)}",
        f"{lang.total}: {money(total)}",
        "",
        lang.payment,
    ]
    truth = {
        "invoice number": number,
        "date": format_date(day, lang.code, date_style),
        "total": money(total),
        "sender": sender,
    }
    if not two_pages:
        parts = _Parts([header, facts, bill_to, rows, sums], tables={3})
        return parts, truth, {}
    half = 1 + len(rows) // 2
    first_rows, second_rows = rows[:half], [lang.items_heading] + rows[half:]
    parts = _Parts(
        [
            header,
            facts,
            bill_to,
            first_rows,
            [lang.continued],
            [sender, f"{lang.invoice_number}: {number}", lang.page_two],
            second_rows,
            sums,
        ],
        tables={3, 6},
        break_after=4,
    )
    return parts, truth, {"total": 2}


def _letter(random_: random.Random, lang: _Language, index: int, reminder: bool):
    personal = not reminder and index % 8 == 7  # one private person's letter in eight
    sender = random_.choice(lang.people if personal else lang.companies)
    recipient = random_.choice(lang.people)
    year = random_.choice((2025, 2026))
    day = datetime.date(year, 1, 1) + datetime.timedelta(days=random_.randint(0, 330))
    written = format_date(day, lang.code, index + 1)
    street, (postcode, town) = random_.choice(lang.streets), random_.choice(lang.towns)
    recipient_street = random_.choice([s for s in lang.streets if s != street])
    recipient_postcode, recipient_town = random_.choice(lang.towns)
    truth = {"invoice number": "", "date": written, "total": "", "sender": sender}
    if reminder:
        number = format_invoice_number(random_, lang.code, year, random_.randint(0, 1))
        amount = Decimal(random_.randint(9000, 2500000)) / 100
        if amount == amount.to_integral_value():
            amount += Decimal("0.01")
        total = format_amount(amount, lang.code, index)
        subject = lang.reminder_subject
        body = lang.reminder_body.format(number=number, total=total)
        truth.update({"invoice number": number, "total": total})
    else:
        subject, body = random_.choice(lang.letter_subjects)
    letterhead = [sender, street, f"{postcode} {town}"]
    if not personal:
        letterhead.append(lang.registration)
    signature = [lang.regards, "", sender]
    parts = _Parts(
        [
            letterhead,
            [recipient, recipient_street, f"{recipient_postcode} {recipient_town}"],
            [lang.date_line.format(place=town, date=written)],
            [f"{lang.subject}: {subject}"],
            [body],
            signature,
        ],
        tables=set(),
    )
    return parts, truth, {}


# -- writing the three formats ---------------------------------------------------------------------


def _block_lines(parts: _Parts, number: int) -> list[str]:
    block = parts.blocks[number]
    if number in parts.tables:
        return ["    ".join(row) for row in block]
    return list(block)


def _write(path: Path, format_: str, parts: _Parts) -> int:
    """Write the document; the number of pages it has (PDF), 1 otherwise."""
    if format_ == "docx":
        _write_docx(path, parts)
        return 1
    pages = [[]]
    for number in range(len(parts.blocks)):
        pages[-1].append("\n".join(_block_lines(parts, number)))
        if number == parts.break_after:
            pages.append([])
    texts = ["\n\n".join(blocks) + "\n" for blocks in pages if blocks]
    if format_ == "txt":
        path.write_text("\f".join(texts) if len(texts) > 1 else texts[0], encoding="utf-8")
        return 1
    _ensure_qt_application()
    from tests.pdfs import write_pdf

    write_pdf(path, texts)
    return len(texts)


def _write_docx(path: Path, parts: _Parts) -> None:
    import docx

    document = docx.Document()
    for number, block in enumerate(parts.blocks):
        if number in parts.tables:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for row, cells in zip(table.rows, block, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
        else:
            for line in block:
                document.add_paragraph(line)
    document.save(str(path))


_QT_APPLICATION = None  # kept alive here when this module had to make one


def _ensure_qt_application() -> None:
    """QPdfWriter needs a Qt application; make a QApplication (so widget tests still work
    later in the same process) when none runs."""
    global _QT_APPLICATION
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _QT_APPLICATION = QApplication([])


# -- two versions of a letter, for compare -------------------------------------------------------


def make_letter_versions(
    folder: Path, language: str = "en", format_: str = "txt", seed: int = SEED
) -> tuple[Path, Path, str, str]:
    """(old path, new path, the line as it was, the line as it is): one generated letter
    written twice, the second with one sentence of its body changed."""
    folder = Path(folder).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    lang = LANGUAGE_DATA[language]
    parts, _truth, _where = _letter(random.Random(f"{seed}-versions"), lang, 6, False)
    changed = {
        "en": "From next month we also open on Sundays from eleven to three.",
        "da": "Fra næste måned har vi også åbent om søndagen fra elleve til femten.",
        "sv": "Från nästa månad har vi även öppet på söndagar elva till tre.",
        "de": "Ab nächstem Monat haben wir auch sonntags von elf bis fünfzehn Uhr geöffnet.",
    }[language]
    body_block = 4
    [old_line] = parts.blocks[body_block]
    new_blocks = list(parts.blocks)
    new_blocks[body_block] = [changed]
    old_path = folder / f"{language}-letter-v1.{format_}"
    new_path = folder / f"{language}-letter-v2.{format_}"
    _write(old_path, format_, parts)
    _write(new_path, format_, _Parts(new_blocks, parts.tables, parts.break_after))
    return old_path, new_path, old_line, changed


# -- search hits without an index ---------------------------------------------------------------


def page_hits(paths: Sequence[str | Path]) -> list:
    """One search hit per page of each document, best first in the documents' order: what a
    search over a small folder returns, without building an index (for ask across)."""
    from desktop_app.core.store_types import Hit
    from desktop_app.core.workflows.documents import load_document

    hits = []
    for path in paths:
        document = load_document(path)
        for chunk, page in enumerate(document.pages):
            score = 1.0 - len(hits) / 100
            hits.append(
                Hit(document.path, page.number, score, page.text, 0, len(page.text), "", chunk)
            )
    return hits


# -- scoring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    right: int = 0
    cells: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.cells if self.cells else float("nan")


@dataclass
class Score:
    overall: Tally = field(default_factory=Tally)
    by_language_format: dict[tuple[str, str], Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    by_format: dict[str, Tally] = field(default_factory=dict)
    by_field: dict[str, Tally] = field(default_factory=dict)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    invented: list[tuple[str, str, str]] = field(default_factory=list)  # (path, field, value)
    missing: list[str] = field(default_factory=list)  # documents without a row
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # path, field, got, truth

    def as_dict(self) -> dict:
        def tallies(table: Mapping) -> dict:
            return {
                (key if isinstance(key, str) else "/".join(key)): {
                    "right": tally.right,
                    "cells": tally.cells,
                    "accuracy": tally.accuracy,
                }
                for key, tally in table.items()  # in the corpus's order, fields as given
            }

        return {
            "accuracy": self.overall.accuracy,
            "right": self.overall.right,
            "cells": self.overall.cells,
            "invented": len(self.invented),
            "invented_cells": [list(cell) for cell in self.invented],
            "missing_rows": list(self.missing),
            "by_language_format": tallies(self.by_language_format),
            "by_language": tallies(self.by_language),
            "by_format": tallies(self.by_format),
            "by_field": tallies(self.by_field),
            "by_kind": tallies(self.by_kind),
        }


def cell_is_right(value: str, truth: str) -> bool:
    """Both empty, or the cell names the true value (in any format grounded_values equates)."""
    if not truth.strip():
        return not value.strip()
    return bool(value.strip()) and find_value(value, truth) is not None


def score(
    rows: Sequence,
    corpus: Sequence[CorpusDocument],
    texts: Mapping[str, str] | None = None,
) -> Score:
    """Grade RowExtracted rows (matched to documents by absolute path) against the truth.

    A document without a row counts all its cells wrong. `texts` maps a path to the text the
    workflow read (default: read again with core/workflows/documents.load_document); a
    non-empty cell that text does not hold is listed as invented."""
    from desktop_app.core.workflows.documents import load_document

    by_path = {str(Path(row.path).absolute()): row for row in rows}
    result = Score()
    for document in corpus:
        key = str(document.path)
        row = by_path.get(key)
        cells = {name: value for name, value, _page in row.cells} if row else {}
        if row is None:
            result.missing.append(key)
        text = texts[key] if texts and key in texts else None
        for name in FIELDS:
            value = cells.get(name, "")
            right = cell_is_right(value, document.truth[name])
            for table, group in (
                (result.by_language_format, (document.language, document.format)),
                (result.by_language, document.language),
                (result.by_format, document.format),
                (result.by_field, name),
                (result.by_kind, document.kind),
            ):
                tally = table.setdefault(group, Tally())
                tally.cells += 1
                tally.right += right
            result.overall.cells += 1
            result.overall.right += right
            if not right:
                result.wrong.append((key, name, value, document.truth[name]))
            if value.strip():
                if text is None:
                    text = load_document(document.path).text
                if find_value(value, text) is None:
                    result.invented.append((key, name, value))
    return result
