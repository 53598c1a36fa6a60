"""What a place is: a country, a state, a city; from ISO 3166 as pycountry ships it,
and GeoNames' cities (cities.txt)."""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import resources


def place_noun(name: str) -> str | None:
    """What a place is, to ask by: "country", "state", "city"; None if not known as one."""
    return _places().get(name)


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """The world's countries and their regions (US states, English counties, Spanish
    communities): ISO 3166, as pycountry ships it; and its cities. A name that is
    both is the country ("Georgia", "Luxembourg"), the state ("Florida"), or the city."""
    import pycountry  # only a draft needs it, and it reads its data on first use

    cities = resources.files(__package__).joinpath("cities.txt").read_text(encoding="utf-8")
    # "moved to Milwaukee" says nothing of what Milwaukee is.
    places = {line: "city" for line in cities.splitlines() if line and not line.startswith("#")}
    for region in pycountry.subdivisions:
        kind = region.type.lower()
        # "Berlin" (a Land) and "Croydon" (a borough) are regions too, but a reader
        # knows them as cities; "Florida" (a town in Cuba too) is a state.
        if kind in ("state", "province", "country"):
            places[region.name] = kind
        else:
            places.setdefault(region.name, kind if kind in _REGION_KINDS else "region")
    with warnings.catch_warnings():
        # Older pycountry warns when a country has no common name, and answers its name.
        warnings.simplefilter("ignore")
        for country in pycountry.countries:
            for form in ("name", "common_name", "official_name"):
                value = getattr(country, form, None)
                if value:
                    places[value.split(",")[0]] = "country"  # "Korea, Republic of" -> "Korea"
    return places


_REGION_KINDS = frozenset("state province county country region territory canton".split())
