"""CAMEO region codes and the countries in them.

The old Phoenix/PETRARCH dictionaries file some armed groups under a region, not a country
("WAFREB" for Sierra Leone's Revolutionary United Front, "SASREB" for groups of South Asia).
A report about such a group says which country it is in (a dateline, "rebels in Sierra
Leone"); ``in_region`` says whether that country may be the group's: it lies in the region.
Only the regions the knowledge base uses; members (ISO alpha-3) written from the usual
geographic grouping, not checked member by member against the CAMEO manual: a country missing
here only leaves a group with its region, as before.
"""

from __future__ import annotations

_WAF = "BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TGO"
_EAF = "BDI DJI ERI ETH KEN RWA SOM SSD SDN TZA UGA"
_CFR = "AGO CAF CMR COD COG GAB GNQ TCD STP"
_SAF = "BWA LSO MOZ MWI NAM SWZ ZAF ZMB ZWE MDG COM MUS SYC"
_NAF = "DZA EGY LBY MAR TUN ESH"
_SAS = "AFG BGD BTN IND LKA MDV NPL PAK"
_SEA = "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"
_EIN = "IDN PHL TLS BRN MYS"
_CAS = "KAZ KGZ TJK TKM UZB"
_MEA = "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM EGY"
_EEU = "ALB BGR BIH BLR CZE EST HRV HUN LTU LVA MDA MKD MNE POL ROU RUS SRB SVK SVN UKR XKX"
_WEU = "AND AUT BEL CHE DEU DNK ESP FIN FRA GBR GRC IRL ISL ITA LIE LUX MCO MLT NLD NOR PRT SMR SWE"
_LAM = (
    "ARG BLZ BOL BRA CHL COL CRI CUB DOM ECU GTM GUY HND HTI JAM MEX NIC PAN PER PRY SLV SUR URY VEN"
)
_SAM = "ARG BOL BRA CHL COL ECU GUY PER PRY SUR URY VEN"
_NMR = "CAN MEX USA"
_ASA = f"{_SAS} {_SEA} {_CAS} CHN JPN KOR PRK MNG TWN"

REGION_MEMBERS: dict[str, frozenset[str]] = {
    code: frozenset(members.split())
    for code, members in {
        "WAF": _WAF, "EAF": _EAF, "CFR": _CFR, "SAF": _SAF, "NAF": _NAF,
        "AFR": f"{_WAF} {_EAF} {_CFR} {_SAF} {_NAF}",
        "SAS": _SAS, "SEA": _SEA, "EIN": _EIN, "CAS": _CAS, "ASA": _ASA, "MEA": _MEA,
        "EEU": _EEU, "WEU": _WEU, "EUR": f"{_EEU} {_WEU}",
        "LAM": _LAM, "SAM": _SAM, "NMR": _NMR,
    }.items()
}  # fmt: skip


def is_region(code: str | None) -> bool:
    """Whether ``code`` (an actor's country) is one of the CAMEO regions listed here."""
    return code in REGION_MEMBERS


def in_region(country: str | None, region: str | None) -> bool:
    """Whether ``country`` lies in the CAMEO region ``region``."""
    return bool(country) and country in REGION_MEMBERS.get(region or "", frozenset())
