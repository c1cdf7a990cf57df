"""Abbreviations, lower case: words written with a full stop that ends no sentence ("dr.", "Jl.", "S.H.")."""

from __future__ import annotations

# Titles, ranks, address and company forms, and academic degrees written with a full stop.
ABBREVIATIONS = frozenset(
    """dr drs dra prof ir h hj kh no nomor jl jln tbk pt cv st sdr sdri bpk ibu yth dkk
    kol kolonel jend jenderal brigjen mayjen letjen irjen komjen kombes akbp akp ajun ipda iptu aiptu bripka
    mr mrs ms dr. gen lt capt sen rep inc ltd co corp vs tel hlm hal kab kec kel prov ny tn
    s.h s.e m.si m.sc ph.d s.ip s.sos m.m m.h s.kom a.md mt""".split()
)
