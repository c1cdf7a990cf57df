"""Indonesian language data (see `warta.lang`).

- `function_words`: pronouns by person, prepositions, conjunctions, determiners, demonstratives, negation,
  auxiliaries and particles;
- `speech`: speech and reporting verbs and their named subsets;
- `titles`: titles, ranks and offices with their PLOVER sector, honorifics, title modifiers;
- `nouns`: group nouns, institutions, organisation heads, area nouns, currencies, law words;
- `places`: capitals and their countries, regional offices and their sector, place words;
- `calendar`: months, weekdays, units, relative time words, parts of the day and of a period, numbers;
- `outlets`: news outlets and wire agencies (names, site keys, media words);
- `modality`: hedges, plan words, abilities and denials;
- `abbreviations`: words written with a full stop that ends no sentence;
- `names`: particles and common given names inside personal names;
- `verbs`: verbs of meeting, predicates of stance;
- `stop_words`: the words a stage leaves out when it compares texts.
"""
