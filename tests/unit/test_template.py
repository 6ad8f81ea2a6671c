from __future__ import annotations

import pytest

from desktop.core.template import placeholders, render


def test_fills_from_the_first_source_that_has_the_name() -> None:
    result = render(
        "亲，欢迎光临{shop}，满{threshold}包邮", {"shop": "A店"}, {"shop": "B店", "threshold": "99"}
    )
    assert result.text == "亲，欢迎光临A店，满99包邮"
    assert result.is_complete


def test_missing_values_stay_visible_and_are_listed_once() -> None:
    result = render("Dear {customer}, order {order_no} for {customer}", {})
    assert result.text == "Dear {customer}, order {order_no} for {customer}"
    assert result.missing == ("customer", "order_no")


def test_empty_value_counts_as_missing() -> None:
    assert render("{shop}", {"shop": ""}).missing == ("shop",)


def test_double_braces_are_literal() -> None:
    assert render("{{shop}} is {shop}", {"shop": "X"}).text == "{shop} is X"
    assert render("}}{{", {}).text == "}{"


@pytest.mark.parametrize(
    "template",
    ["{a.__class__}", "{a[0]}", "{a!r}", "{a:>10}", "{0}", "{}", "{ a }", "{a.b.c}", "{__import__('os')}"],
)
def test_anything_but_a_plain_name_is_left_untouched(template: str) -> None:
    result = render(template, {"a": "VALUE", "0": "ZERO", "": "EMPTY", "a.b.c": "X"})
    assert result.text == template
    assert result.missing == ()


def test_unicode_names_are_plain_names() -> None:
    assert render("{顾客}您好", {"顾客": "张三"}).text == "张三您好"


def test_placeholders_in_order() -> None:
    assert placeholders("{b} {a} {{c}} {b} {x.y}") == ("b", "a")


def test_resolve_fills_only_what_it_has_and_keeps_the_template_a_template() -> None:
    from desktop.core.template import resolve

    template = "亲，欢迎光临{shop}～{customer}您好 {{not a name}} {x.y}"
    resolved = resolve(template, {"shop": "小{王}的店", "other": "unused"})
    assert resolved == "亲，欢迎光临小{{王}}的店～{customer}您好 {{not a name}} {x.y}"
    assert (
        render(resolved, {"customer": "王女士"}).text
        == render(template, {"shop": "小{王}的店", "customer": "王女士"}).text
    )
    assert resolve(template, {"shop": ""}) == template  # an empty value fills nothing
