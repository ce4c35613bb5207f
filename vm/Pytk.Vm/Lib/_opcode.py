"""_opcode (pytk): the facts about the interpreter's specialization that test.support reads at import.
pytk's VM has no adaptive specialization, so ENABLE_SPECIALIZATION is False (tests marked
requires_specialization skip). The instruction tables belong to pytk's dis (docs/opcodes.md)."""

ENABLE_SPECIALIZATION = False
