"""Month names as pages write them: English forms and abbreviations, and the day-first month
names of the other big web and news languages (read by ``dates`` and ``dateline``)."""

from __future__ import annotations

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# Month names in the big web languages besides English (German, Dutch, French, Spanish,
# Portuguese, Italian), with their usual abbreviations, and the news languages of the regions
# conflict researchers follow (Russian and Polish genitive, Turkish, Arabic: Egyptian/Gulf names
# and the single-word Levantine ones): a markup date is shown to the reader as "19. Oktober
# 2019", "19 de octubre de 2019", "7 октября 2020" or "07 أكتوبر 2020" as often as in English.
OTHER_MONTHS = (
    "januar jänner janvier enero janeiro gennaio januari jan janv ene января stycznia ocak يناير",
    "februar feber février fevrier febrero fevereiro febbraio februari feb févr fevr февраля lutego şubat فبراير شباط",
    "märz maerz mars marzo março marco maart mär mrt марта marca mart مارس آذار",
    "april avril abril aprile apr avr abr апреля kwietnia nisan أبريل ابريل نيسان",
    "mai mayo maio maggio mei мая maja mayıs مايو أيار",
    "juni juin junio junho giugno jun июня czerwca haziran يونيو يونيه حزيران",
    "juli juillet julio julho luglio jul juil июля lipca temmuz يوليو يوليه تموز",
    "august août aout agosto augustus aug ago августа sierpnia ağustos أغسطس اغسطس آب",
    "september septembre septiembre setembro settembre sep sept set сентября września eylül سبتمبر أيلول",
    "oktober octobre octubre outubro ottobre okt oct out ott октября października ekim أكتوبر اكتوبر",
    "november novembre noviembre novembro nov ноября listopada kasım نوفمبر",
    "dezember décembre decembre diciembre dezembro dicembre december dez déc dic декабря grudnia aralık ديسمبر",
)
OTHER_MONTH_NUMBER = {name: i + 1 for i, names in enumerate(OTHER_MONTHS) for name in names.split()}
