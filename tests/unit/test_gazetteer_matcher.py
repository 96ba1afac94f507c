"""The gazetteer's matcher begins with a lookahead for the letters its forms begin with (a third of its cost: the
lookbehind and ~190 branches had been tried at every position of a text). The letters are taken from the forms, so
every form, and every form in a sentence, is still found."""

from __future__ import annotations

from briefing_tui.search.extract.gazetteer import gazetteer


def test_every_form_is_found_alone_and_in_a_sentence() -> None:
    gz = gazetteer()
    for form, canonical in gz.aliases.items():
        assert gz.matcher.fullmatch(form), form
        text = f"Đoàn công tác đã đến {form}, làm việc với lãnh đạo."
        found = [m.group() for m in gz.matcher.finditer(text)]
        assert form in found, (form, found)
        assert gz.aliases[" ".join(form.split())] == canonical


def test_no_form_inside_a_word() -> None:
    gz = gazetteer()
    assert [m.group() for m in gz.matcher.finditer("xHà Nội, Hà Nộii, Hà Nội.")] == ["Hà Nội"]
