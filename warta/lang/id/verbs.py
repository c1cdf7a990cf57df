"""Content verbs and predicates the stages read by class, lower case."""

from __future__ import annotations

# Verbs of meeting and accompanying: the person after one is met, not the one speaking.
MEETING_VERBS = frozenset({"menemui", "bertemu", "dihadiri", "mendampingi"})
# Predicates of stance after a subject ("X yakin ...", "X sepakat ..."): the noun before is a subject.
STANCE_WORDS = frozenset({"yakin", "optimistis", "pesimistis", "setuju", "sepakat"})
