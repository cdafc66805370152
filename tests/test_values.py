"""Typed date and number values read from the normalized strings."""

from datetime import date

from factdiff.values import Quantity, date_value, magnitude


def test_dates_are_spans_of_days():
    assert date_value("2022-09-14").first == date(2022, 9, 14)
    week = date_value("2022-W37")
    assert (week.first, week.last) == (date(2022, 9, 12), date(2022, 9, 18))
    month = date_value("2024-02")
    assert (month.first, month.last) == (date(2024, 2, 1), date(2024, 2, 29))
    span = date_value("2024-11-18/2024-11-19")
    assert (span.first, span.last) == (date(2024, 11, 18), date(2024, 11, 19))
    assert date_value("2024").last == date(2024, 12, 31)
    assert date_value(None) is None and date_value("") is None


def test_dates_agree_when_one_holds_the_other():
    day = date_value("2022-09-14")
    assert day.agrees(date_value("2022-W37"))
    assert day.agrees(date_value("--09-14"))
    assert day.agrees(date_value("weekday:2"))  # a Wednesday
    assert day.agrees(date_value("weekday:3")) is False
    assert day.agrees(date_value("2022-09-15")) is False
    assert date_value("--05").agrees(date_value("--05-14"))
    assert date_value("--06").agrees(date_value("--05-14")) is False
    assert date_value("garbage").agrees(day) is None


def test_quantities_within_their_qualifier():
    assert Quantity(200, ">").within(Quantity(250))
    assert Quantity(100, "~").within(Quantity(98))
    assert not Quantity(80, ">").within(Quantity(106, ">"))


def test_a_rough_figure_allows_what_its_last_digit_allows():
    assert Quantity(1500, "~").within(Quantity(1450))
    assert Quantity(350000, "~").within(Quantity(342000))
    assert Quantity(7e9, "~").within(Quantity(7.3e9))  # "sekitar Rp 7 miliar"
    assert not Quantity(146e9, "~").within(Quantity(148.9e9))  # "some $146 billion"
    assert Quantity(146e9, "~").within(Quantity(146.4e9))
    assert Quantity(4, "~<").approximate and not Quantity(4).approximate
    assert magnitude(35080000000) == 10 and magnitude("64") == 1 and magnitude(0) is None
