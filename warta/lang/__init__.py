"""Language data: the word lists the stages match against, one table per concept.

`warta.lang.id` is Indonesian (the only language the stages read). Each module
there is plain data, no code beyond set arithmetic: a stage imports the table it
needs (`from warta.lang.id import titles`) instead of keeping its own copy, and
a stage that needs part of a table uses a named subset defined beside it.
`tests/test_lang.py` checks that no word sits in two classes that exclude each
other.
"""
