"""The real course datasets: complete enough to teach with, and every row sourced."""

import pytest

from curriculum.datasets import check, load
from curriculum.project import Project
from tests.conftest import REPO

pytestmark = pytest.mark.content
COURSE = Project.at(REPO)


def test_real_datasets_have_no_problems():
    """`curriculum data check` is clean on the committed data."""
    assert [issue.format() for issue in check(COURSE)] == []


def test_approvals_cover_every_regulator_the_course_teaches():
    """80+ first approvals, from the FDA, EMA, NMPA, MHRA and PMDA, incl. Gendicine and Oncorine."""
    approvals = load("approvals", COURSE)
    assert len(approvals) >= 80
    assert set(approvals["agency"]) == {"FDA", "EMA", "NMPA", "MHRA", "PMDA"}
    china = set(approvals.loc[approvals["agency"] == "NMPA", "product"])
    assert {"Gendicine", "Oncorine"} <= china
    casgevy_uk = approvals[(approvals["product"] == "Casgevy") & (approvals["agency"] == "MHRA")]
    assert str(casgevy_uk["decision_date"].iloc[0].date()) == "2023-11-16"


def test_approval_year_matches_decision_date():
    """Where the day is known, the year column agrees with it."""
    approvals = load("approvals", COURSE).dropna(subset=["decision_date"])
    assert (approvals["decision_date"].dt.year == approvals["year"]).all()


def test_withdrawal_comes_after_approval():
    """A product cannot be withdrawn before it was approved."""
    approvals = load("approvals", COURSE).dropna(subset=["decision_date", "withdrawn"])
    assert (approvals["withdrawn"] > approvals["decision_date"]).all()


def test_milestones_span_the_1950s_to_the_2020s():
    """40+ events from the first transplants to recent approvals, setbacks included."""
    milestones = load("milestones", COURSE)
    assert len(milestones) >= 40
    assert milestones["year"].min() < 1960 and milestones["year"].max() >= 2023
    assert {1999, 2002} <= set(milestones.loc[milestones["category"] == "setback", "year"])


def test_milestone_dates_agree_with_years():
    """A dated milestone falls in its year."""
    milestones = load("milestones", COURSE).dropna(subset=["date"])
    assert (milestones["date"].dt.year == milestones["year"]).all()


def test_careers_cover_the_value_chain():
    """20+ roles from research to the clinic, each with school subjects."""
    careers = load("careers", COURSE)
    assert len(careers) >= 20
    assert {"research", "manufacturing", "quality", "clinical", "regulatory"} <= set(
        careers["stage"]
    )
    assert careers["school_subjects"].map(len).min() >= 1


def test_prices_are_positive_with_a_currency():
    """Every price is a positive amount in a stated currency."""
    prices = load("prices", COURSE)
    assert (prices["amount"] > 0).all()
    assert prices["currency"].notna().all()
