"""The actor knowledge base: language-neutral identities (actors/data/) and per-language lexicons (lang/<code>/).

Everything is loaded once per process (``knowledge_base()``, ``lexicon(lang)`` are cached).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..lang import data_path, load_json
from ..schema import Entity

DATA = Path(__file__).parent / "data"
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


# ----------------------------------------------------------------------------------------------- dates
def norm_date(date: str | None) -> str | None:
    """'2024' -> '2024-07-01', '2024-06' -> '2024-06-15', '2024-06-19T..' -> '2024-06-19'."""
    if not date:
        return None
    date = str(date)[:10]
    if re.fullmatch(r"\d{4}", date):
        return date + "-07-01"
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return date + "-15"
    return date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None


# ------------------------------------------------------------------------------------------- records
@dataclass
class Role:
    of: str                      # PLOVER code, or an organisation id
    sector: str | None
    sectors: list[str]
    offices: tuple[str, ...]
    start: str | None
    end: str | None
    source: str = "cronaca-team"

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str]
    roles: list[Role] = field(default_factory=list)
    source: str = "cronaca-team"
    died: str | None = None  # roles ending on this date keep their sector afterwards (not former officials)


@dataclass
class Org:
    id: str
    name: str
    code: str | None
    sector: str | None
    sectors: list[str]
    aliases: list[str]
    generic_in: frozenset[str] = frozenset()  # countries whose own body bears the same generic name ("Congress")
    home: str | None = None  # a company's home country: its workers' when the text places them nowhere
    sides: tuple = ()  # a party's side by date: (side GOV/OPP, start, end or None), ISO dates

    def side(self, date: str | None) -> str | None:
        """GOV or OPP: the party's side on ``date`` where dated, else the side its sectors record (now)."""
        if date and self.sides:
            for side, start, end in self.sides:
                if start <= date and (end is None or date < end):
                    return side
        return next((x for x in self.sectors if x in ("GOV", "OPP")), None)


class KnowledgeBase:
    def __init__(self) -> None:
        cdata = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
        self.countries: dict[str, dict] = cdata["countries"]
        self.fold: dict[str, str] = cdata.get("fold", {})
        self.military_of: dict[str, str] = {k: v for k, v in (cdata.get("military_of") or {}).items()
                                            if not k.startswith("_")}
        self.homonym_regions: dict[str, str] = {k: v for k, v in (cdata.get("homonym_regions") or {}).items()
                                                if not k.startswith("_")}
        self._translit: dict[tuple[str, ...], str | None] | None = None
        odata = json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
        self.orgs: dict[str, Org] = {}
        for o in odata["organizations"]:
            self.orgs[o["id"]] = Org(o["id"], o["name"], o.get("code"), o.get("sector"), list(o.get("sectors") or []),
                                     list(o.get("aliases") or []), frozenset(o.get("generic_in") or ()), o.get("home"),
                                     tuple((a, b, None if c in (None, "-") else c) for a, b, c in o.get("sides") or ()))
        self.weak_aliases = frozenset((odata.get("weak_aliases") or {}).get("aliases", []))
        self.place_seats = frozenset((odata.get("place_seats") or {}).get("aliases", []))
        self.people: dict[str, Person] = {}
        for path in sorted(DATA.glob("people*.txt")):
            for p in _read_people(path):
                if p.id in self.people:  # a later file adds roles and aliases to a known person
                    known = self.people[p.id]
                    known.aliases += [a for a in p.aliases if a not in known.aliases]
                    # the team's dated roles are authoritative from their first start on: an imported role is
                    # kept only when it ended before then (Phoenix leaves many roles open-ended)
                    first = min((r.start for r in known.roles if r.start), default=None)
                    known.roles += [r for r in p.roles if first is None or (r.end is not None and r.end <= first)]
                    known.died = known.died or p.died
                else:
                    self.people[p.id] = p
        self._role_cache: dict = {}     # (person, date) -> person_role(): the same people recur on the same day
        self._holders_cache: dict = {}  # (office, of, date) -> holders()
        # (office, of) -> people holding it at some time
        self._names: dict[str, list[str]] | None = None
        self.office_index: dict[tuple[str, str], list[str]] = {}
        for p in self.people.values():
            for r in p.roles:
                for off in r.offices:
                    self.office_index.setdefault((off, r.of), []).append(p.id)

    def name_tokens(self, pid: str) -> frozenset[str]:
        """Every normalised token of a person's name and aliases (to tell "Arianna Meloni" from "Giorgia Meloni")."""
        cache = self.__dict__.setdefault("_name_tokens", {})
        got = cache.get(pid)
        if got is None:
            p = self.people[pid]
            got = frozenset(norm_token(t) for n in [p.name] + p.aliases for t in re.split(r"[\s-]+", n) if t)
            cache[pid] = got
        return got

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The normalised first names of the people known by a name of two words or more ("mary", "lara"): a place
        of that name before a surname is a given name, not the place."""
        return frozenset(norm_token(t[0]) for p in self.people.values() if len(t := re.split(r"[\s-]+", p.name)) >= 2)

    def translit_person(self, tokens: tuple[str, ...]) -> str | None:
        """A name written in another transliteration ("Sergej Shoigu", "Valerij Zaluzhnyj"): the one person whose
        full name or multiword alias has the same letters once transliteration variants are folded."""
        if self._translit is None:
            index: dict[tuple[str, ...], str | None] = {}
            for p in self.people.values():
                for n in [p.name] + p.aliases:
                    toks = tuple(translit_key(t) for t in re.split(r"[\s-]+", n) if t)
                    if len(toks) >= 2:
                        index[toks] = p.id if index.get(toks, p.id) == p.id else None  # ambiguous: nobody
            self._translit = index
        return self._translit.get(tuple(translit_key(t) for t in tokens))

    def surname_person(self, token_norm: str, date: str | None) -> str | None:
        """A lone name token ("Kim") as the one office holder on ``date`` whose name carries it, if unique."""
        if self._names is None:
            from .kb import norm_token as _n

            self._names = {}
            for p in self.people.values():
                toks = [_n(t) for t in re.split(r"[\s-]+", p.name) if len(t) >= 2]
                if len(toks) >= 2:
                    for t in toks:
                        self._names.setdefault(t, []).append(p.id)
        best, best_n, tie = None, 0, False
        for pid in self._names.get(token_norm, []):
            role, current = self.person_role(pid, date)
            if role is None or not current or not role.offices or date is None or not role.active(date):
                continue  # only who holds an office that day (not the next holder of a later one)
            n = len(role.offices)
            if n > best_n:
                best, best_n, tie = pid, n, False
            elif n == best_n:
                tie = True
        return None if tie else best

    # ---- entities
    def country_entity(self, code: str, text: str, sector: str | None = None, sectors=None, count=None,
                       keep_id: bool = False) -> Entity:
        code = self.fold.get(code, code)
        if code in self.countries:
            name, cid = self.countries[code]["name"], f"country:{code}"
        else:
            name, cid = {"UNO": "United Nations", "EUR": "European Union"}.get(code, code), None
            if code in ("UNO", "EUR"):
                cid = {"UNO": "uno:un", "EUR": "eur:eu"}[code]
        if (sector is not None or count is not None) and not keep_id:
            cid = None  # a group of officials is not the country itself
        return Entity(text=text, name=name, code=code, sector=sector, sectors=list(sectors or []), id=cid, count=count)

    def org_entity(self, oid: str, text: str) -> Entity:
        o = self.orgs[oid]
        return Entity(text=text, name=o.name, code=o.code, sector=o.sector, sectors=list(o.sectors), id=o.id)

    def person_role(self, pid: str, date: str | None) -> tuple[Role | None, bool]:
        """The role that describes the person on ``date`` and whether it is current (False = former)."""
        key = (pid, date)
        got = self._role_cache.get(key)
        if got is None:
            if len(self._role_cache) > 100_000:
                self._role_cache.clear()
            got = self._role_cache[key] = self._person_role(pid, date)
        return got

    def _person_role(self, pid: str, date: str | None) -> tuple[Role | None, bool]:
        p = self.people[pid]
        if not p.roles:
            return None, True
        if date is None:
            # no date: the latest role
            return max(p.roles, key=lambda r: (r.end is None, r.start or "")), True
        active = [r for r in p.roles if r.active(date)]
        if active:
            return max(active, key=lambda r: (len(r.offices), r.start or "")), True
        before = [r for r in p.roles if r.end is not None and r.end <= date]
        if before:
            last = max(before, key=lambda r: r.end)
            # a role ended by death is how the person is remembered ("the late General Soleimani": MIL)
            return last, bool(p.died and last.end >= p.died)
        return min(p.roles, key=lambda r: r.start or ""), True

    def person_entity(self, pid: str, text: str, date: str | None, former: bool = False) -> Entity:
        p = self.people[pid]
        role, current = self.person_role(pid, date)
        code = sector = None
        sectors: list[str] = []
        if role is not None:
            code = role.of if role.of in self.countries or role.of in NON_STATE or role.of == "KOS" else \
                (self.orgs[role.of].code if role.of in self.orgs else role.of)
            sector, sectors = role.sector, list(role.sectors)
            if former and current and date and role.start and role.active(date):
                # "Former NATO chief Jens Stoltenberg" as Norway's finance minister: a past office, and a current
                # one that says who the person is today
                former = False
            if (not current or former) and sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP"):
                sectors = [sector] + [s for s in sectors if s != sector]
                sector = "ELI"
        return Entity(text=text, name=p.name, code=code, sector=sector, sectors=sectors, id=p.id)

    def holders_any(self, office: str, date: str | None) -> list[str]:
        """People holding ``office`` of any country or organisation on ``date`` ("Speaker Johnson")."""
        key = (office, None, date)
        got = self._holders_cache.get(key)
        if got is None:
            out: list[str] = []
            for (off, of), pids in self.office_index.items():
                if off == office:
                    out += [p for p in self.holders(off, of, date) if p not in out]
            got = self._holders_cache[key] = tuple(out)
        return list(got)

    def newest_holder(self, office: str, date: str, days: int) -> str | None:
        """The person whose term in ``office`` (of any country) began last, within ``days`` before ``date``; None
        when none did, or two began on that same day ("the new prime minister" in a text that names no country)."""
        from datetime import date as _date, timedelta

        try:
            since = (_date.fromisoformat(date[:10]) - timedelta(days=days)).isoformat()
        except ValueError:
            return None
        starts = sorted(((r.start, pid) for (off, _), pids in self.office_index.items() if off == office
                         for pid in set(pids) for r in self.people[pid].roles
                         if office in r.offices and r.start and since <= r.start <= date), reverse=True)
        if not starts or (len(starts) > 1 and starts[1][0] == starts[0][0] and starts[1][1] != starts[0][1]):
            return None
        return starts[0][1]

    def holders(self, office: str, of: str, date: str | None) -> list[str]:
        """People holding ``office`` of ``of`` (code or org id) on ``date`` (latest first when no date)."""
        key = (office, of, date)
        got = self._holders_cache.get(key)
        if got is None:
            if len(self._holders_cache) > 100_000:
                self._holders_cache.clear()
            got = self._holders_cache[key] = tuple(self._holders(office, of, date))
        return list(got)

    def _holders(self, office: str, of: str, date: str | None) -> list[str]:
        ids = self.office_index.get((office, of), [])
        out = []
        for pid in ids:
            for r in self.people[pid].roles:
                if office in r.offices and r.of == of and (date is None or r.active(date)):
                    out.append((r.end is None, r.start or "", pid))
        out.sort(reverse=True)
        seen, res = set(), []
        for _, _, pid in out:
            if pid not in seen:
                seen.add(pid)
                res.append(pid)
        if date is None:
            return res[:1]
        return res


def _read_people(path: Path) -> list[Person]:
    people: list[Person] = []
    source = "phoenix" if "phoenix" in path.name else "cronaca-team"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            parts = [x.strip() for x in raw.split("|")]
            aliases = [a.strip() for a in parts[2].split(";")] if len(parts) > 2 else []
            died = None
            for extra in parts[3:]:
                if extra.startswith("died "):
                    died = extra.split()[1]
            people.append(Person(parts[0], parts[1], [a for a in aliases if a], [], source, died))
        else:
            f = raw.split()
            of, sec = f[0], f[1].split("+")
            offices = tuple(x for x in f[2].split(",") if x != "-")
            start = None if f[3] == "-" else f[3]
            end = None if f[4] == "-" else f[4]
            src = f[5] if len(f) > 5 else source
            people[-1].roles.append(Role(of, sec[0], sec[1:], offices, start, end, src))
    return people


@lru_cache(maxsize=None)
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase()


# ------------------------------------------------------------------------------------------ lexicons
def norm_text(text: str) -> str:
    """Lower case, typographic apostrophes straightened, accents removed."""
    if text.isascii():
        return text.replace("`", "'").lower()
    text = text.replace("’", "'").replace("`", "'").lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


norm_token = lru_cache(maxsize=1 << 18)(norm_text)  # memoised: tokens repeat across articles

# transliteration variants folded in order (data/translit.json)
_TRANSLIT = tuple((a, b) for a, b in json.loads((DATA / "translit.json").read_text(encoding="utf-8"))["folds"])


@lru_cache(maxsize=1 << 16)
def translit_key(token: str) -> str:
    """A name token with its transliteration variants folded: Sergej/Sergei/Sergey, Zaluzhnyj/Zaluzhnyi/Zaluzhny."""
    t = norm_token(token)
    for a, b in _TRANSLIT:
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)


def case_of(token_text: str) -> int:
    """0: no constraint (lower-case entry), 1: must be capitalised, 2: must be all capitals."""
    letters = [c for c in token_text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    if letters and token_text[0].isupper():
        return 1
    return 0


def case_ok(required: int, token_text: str) -> bool:
    if required == 0:
        return True
    if required == 1:
        return token_text[:1].isupper()
    letters = [c for c in token_text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass
class Entry:
    kind: str      # country capital org person demonym agent title number vague det gen loc former mod sadj credit none
    value: object
    case: tuple[int, ...]


class Lexicon:
    """Surface forms of one language, indexed by normalised token tuples."""

    def __init__(self, lang: str) -> None:
        import spacy

        self.lang = lang
        self.tokenizer = spacy.blank(lang).tokenizer
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.first: dict[str, set[int]] = {}
        kb = knowledge_base()
        grammar = _load(lang, "actors_grammar.json") or {}
        self.grammar = grammar
        self.credit_cues = [norm_token(c) for c in grammar.get("credit_cues", [])]
        self.openers = frozenset(norm_token(w) for w in grammar.get("sentence_openers", []))
        self.stance_prefixes = frozenset(norm_token(w) for w in grammar.get("stance_prefixes", []))
        # (a quick test on the whole text: most articles hold no "pro-X" at all)
        self.stance_prefix_re = re.compile(r"\b(?:%s)-\w" % "|".join(map(re.escape, sorted(self.stance_prefixes))),
                                           re.IGNORECASE) if self.stance_prefixes else None

        for fname in ("actors_countries.json", "actors_countries_extra.json"):
            for code, names in (_load(lang, fname) or {}).items():
                if code.startswith("_"):
                    continue
                for n in names:
                    self.add(n, "country", code)
        for code, names in (_load(lang, "actors_capitals.json") or {}).items():
            if code.startswith("_"):
                continue
            for n in names:
                self.add(n, "capital", code)
        for oid, org in kb.orgs.items():
            for a in org.aliases:
                self.add(a, "org", oid)
        for oid, names in (_load(lang, "actors_names.json") or {}).items():
            if oid.startswith("_"):
                continue
            for n in names:
                self.add(n, "person" if oid.startswith("per:") else "org", oid)
        for pid, p in kb.people.items():
            for n in [p.name] + p.aliases:
                self.add(n, "person", pid)
        names = _load(lang, "actors_names.json") or {}
        # generic names of institutions ("Congress", "Senato"): another country's body when the context says so
        self.generic_keys = frozenset(tuple(norm_token(t) for t in self.tokens(n)) for n in names.get("_generic", []))
        # cue words that pick one of the organisations sharing a name ("la Corte dell'Aia" and "mandato": the ICC)
        self.org_cues = {oid: frozenset(norm_token(w) for w in ws) for oid, ws in names.get("_org_cues", {}).items()
                         if not oid.startswith("_")}
        # organisation aliases that are also place names, the organisation only in a sentence with one of their cue
        # words ("Karlsruhe struck down the plan": the constitutional court; "a factory near Karlsruhe": the city)
        self.cued_aliases = {tuple(norm_token(t) for t in self.tokens(a)): frozenset(norm_token(w) for w in ws)
                             for a, ws in names.get("_cued_aliases", {}).items() if not a.startswith("_")}
        # bare generic aliases ("Commission", "Commissione"): another body where they end a longer capitalised name
        # ("the National Elections Commission") or take an adjective or another body's genitive ("la Commissione
        # sanitaria nazionale cinese", "la Commissione dell'Unione africana")
        tails = names.get("_tail_aliases", {})  # alias -> the sector of the other body
        self.tail_keys = {tuple(norm_token(t) for t in self.tokens(a)): sector for a, sector in tails.items()}
        # organisation aliases that are also common words ("Total", "Shell"): only where the NER says ORG
        self.weak_keys = frozenset(tuple(norm_token(t) for t in self.tokens(n)) for n in kb.weak_aliases)
        rules = grammar.get("inflection", [])
        for fname in ("actors_demonyms.json", "actors_demonyms_extra.json"):
            for code, forms in (_load(lang, fname) or {}).items():
                if code.startswith("_"):
                    continue
                items = forms if isinstance(forms, list) and fname.endswith("extra.json") else [forms]
                if fname == "actors_demonyms.json" and isinstance(forms, list) and not rules:
                    items = [[f] for f in forms]
                for item in items:
                    for f in (item if isinstance(item, list) else _inflect(item, rules)):
                        self.add(f, "demonym", code)
        # regions coded as their state ("campano", "Catalogna", "Greenlandic"): they give the country, never its
        # national office holders ("il presidente campano" is not the President of the Republic)
        regions = _load(lang, "actors_regions.json") or {}
        region_keys = set()
        for kind, table in (("country", regions.get("names", {})), ("demonym", regions.get("demonyms", {}))):
            for code, items in table.items():
                for item in items:
                    forms = item if isinstance(item, list) else (
                        _inflect(item, rules) if kind == "demonym" and rules else [item])
                    for f in forms:
                        self.add(f, kind, code)
                        region_keys.add(tuple(norm_token(t) for t in self.tokens(f)))
        # a region's government ("la Regione Lombardia"): GOV of its state, a region as above for titles
        for code, forms in regions.get("governments", {}).items():
            for f in forms:
                self.add(f, "agent", "GOV")
                self.add(f, "demonym", code)
                region_keys.add(tuple(norm_token(t) for t in self.tokens(f)))
        self.region_keys = frozenset(region_keys)
        # a country's name that is also another state's region ("Georgia"): (that state, the heads that call for it)
        self.shared_names = {tuple(norm_token(t) for t in self.tokens(n)): (
            code, frozenset(" ".join(norm_token(t) for t in self.tokens(h)) for h in heads))
            for n, (code, heads) in regions.get("shared_names", {}).items()}
        self.shared_first = frozenset(key[0] for key in self.shared_names)  # (a cheap test before building the key)
        agents = _load(lang, "actors_agents.json") or {}
        for sector, forms in agents.get("agents", {}).items():
            for f in forms:
                self.add(f, "agent", sector)
        for f, spec in agents.get("coded_agents", {}).items():
            if not f.startswith("_"):  # "MEPs": members of the European Parliament, EUR/LEG by themselves
                self.add(f, "agent", spec[1])
                self.add(f, "demonym", spec[0])
        for f, (mode, sector) in agents.get("sector_adjectives", {}).items():
            self.add(f, "sadj", (mode, sector))
        # phrases holding an agent noun that name no actor ("agente nervino"): the longer match wins, then goes
        for f in agents.get("not_actors", []):
            self.add(f, "none", None)
        key = lambda w: " ".join(norm_token(t) for t in self.tokens(w))  # noqa: E731
        # further sectors of an agent noun ("ruling party": PTY, and GOV), by its normalised form
        self.agent_sectors = {key(f): list(secs) for f, secs in agents.get("agent_sectors", {}).items()}
        # a group of people that takes the sector of the agent or body after a genitive ("una delegazione di
        # sindacalisti", "agenti dei servizi segreti")
        self.collective_agents = frozenset(key(w) for w in agents.get("collective_agents", []))
        # the people who serve one person ("aides", "il portavoce"): of a named person, that person's sector
        self.personal_staff = frozenset(key(w) for w in agents.get("personal_staff", []))
        self.ship_prefixes = dict(grammar.get("ship_prefixes") or {})  # "USS" -> USA: a warship of its navy
        # a city with an article is its football club ("il Napoli", "la Roma"): name -> (gender, organisation id),
        # and the articles of each gender
        clubs = grammar.get("article_clubs") or {}
        self.article_clubs = {name: tuple(v) for name, v in clubs.get("clubs", {}).items()}
        self.club_articles = {norm_token(w): g for g in ("m", "f") for w in clubs.get(g, [])}
        # a government named after an organisation ("the Taliban government", "il governo dei talebani"): the
        # organisation's country, GOV (not the organisation, nor its members' sector)
        self.org_government = frozenset(key(w) for w in agents.get("org_government", []))
        titles = _load(lang, "actors_titles.json") or {}
        for f, spec in titles.get("titles", {}).items():
            self.add(f, "title", spec)
        # titles of government members even when a party owns them ("a Labour minister")
        self.in_government = frozenset(tuple(norm_token(t) for t in self.tokens(w)) for w in titles.get("in_government", []))
        for w in grammar.get("pair_anaphors", []):
            self.add(w, "pair", "GOV")
        for w, n in grammar.get("numbers", {}).items():
            self.add(w, "number", n)
        self.number_values = {norm_token(w): n for w, n in grammar.get("numbers", {}).items()}
        self.number_multipliers = [(norm_token(w), n) for w, n in grammar.get("number_multipliers", [])]
        self._number_memo: dict[str, int | None] = {}
        for w in grammar.get("vague_numbers", []):
            self.add(w, "vague", None)
        for key, kind in (("determiners", "det"), ("genitive", "gen"), ("locative", "loc"),
                          ("former", "former"), ("modifiers", "mod")):
            for w in grammar.get(key, []):
                self.add(w, kind, None)
        # phrases whose entries carry no case constraint and (one word) no number/surname clash: tag() takes them
        # as they are, with their kinds precomputed
        closed = {"number", "det", "gen", "loc", "vague", "former", "mod"}
        self.plain: dict[int, tuple[list[Entry], frozenset]] = {}
        # (entries, token texts) -> the entries whose case constraints those texts meet (filled by tag())
        self.case_memo: dict[tuple, list[Entry]] = {}
        for k, entries in self.phrases.items():
            kinds = frozenset(e.kind for e in entries)
            if all(not any(e.case) for e in entries) and not (len(k) == 1 and kinds & closed and "person" in kinds):
                self.plain[id(entries)] = (entries, kinds)
        self.has_none = any(e.kind == "none" for entries in self.phrases.values() for e in entries)
        # every proper prefix of a multiword phrase: tag() extends a match only while it is one
        self.prefixes: set[tuple[str, ...]] = {k[:m] for k in self.phrases for m in range(1, len(k))}
        # one-word plain phrases that start no longer one (most determiners and prepositions): tag()'s fast path
        self.single_plain: dict[str, tuple[list[Entry], frozenset]] = {
            k[0]: self.plain[id(e)] for k, e in self.phrases.items()
            if len(k) == 1 and id(e) in self.plain and k not in self.prefixes}
        self.determiners = frozenset(norm_token(w) for w in grammar.get("determiners", []))
        self.preps = frozenset(norm_token(w) for key in ("genitive", "locative") for w in grammar.get(key, []))
        self.credit_glue = frozenset(norm_token(w) for w in grammar.get("credit_glue", []))
        self.no_context_agents = frozenset(norm_token(w) for w in agents.get("no_context_country", []))
        self.new_markers = frozenset(norm_token(t) for w in grammar.get("new_markers", []) for t in w.split()[:1])
        self.honorifics = frozenset(norm_token(w) for w in grammar.get("honorifics", []))
        self.new_office_days = int(grammar.get("new_office_days", 45))
        self.addressee_markers = frozenset(norm_token(w) for w in grammar.get("addressee_markers", []))
        self.body_experts = frozenset(norm_token(w) for w in agents.get("body_experts", []))
        # unidentified armed men who, given a state's nationality, are its soldiers ("i cecchini israeliani")
        self.state_armed = frozenset(" ".join(norm_token(t) for t in self.tokens(w))
                                     for w in agents.get("state_armed", []))
        # media nouns that name a public body before a purpose ("l'agenzia indonesiana per la gestione dei disastri")
        self.purpose_bodies = frozenset(norm_token(w) for w in agents.get("purpose_bodies", []))
        self.purpose_preps = frozenset(norm_token(w) for w in agents.get("purpose_preps", []))
        # the holder of the same office elsewhere ("il collega cinese Wang Yi"): not who a nameless title means
        self.counterparts = frozenset(" ".join(norm_token(t) for t in self.tokens(w))
                                      for w in agents.get("counterparts", []))
        # agent nouns that are also past participles: after a noun and before an agent preposition they are the
        # verb ("agenti federali inviati dall'amministrazione": sent, not envoys)
        self.participle_agents = frozenset(norm_token(w) for w in grammar.get("participle_agents", []))
        self.attach_preps = frozenset(norm_token(w) for w in grammar.get("attach_preps", []))
        # before a place that hangs on an agent noun ("il gip di Agrigento", "civilians in Bucha")
        self.place_after_preps = self.attach_preps | frozenset(norm_token(w) for w in grammar.get("genitive", []))
        self.dative_preps = frozenset(norm_token(w) for w in grammar.get("dative_preps", []))
        self.dative_verbs = tuple(norm_token(w) for w in grammar.get("dative_verbs", []))
        self.relative_pronouns = frozenset(norm_token(w) for w in grammar.get("relative_pronouns", []))
        self.deictic_place = frozenset(tuple(norm_token(t) for t in self.tokens(w)) for w in grammar.get("deictic_place", []))
        self.clause_conj = frozenset(norm_token(w) for w in grammar.get("clause_conjunctions", []))
        self.place_modifies_noun = bool(grammar.get("place_modifies_noun", True))
        self.org_anaphors = frozenset(norm_token(w) for w in grammar.get("org_anaphors", []))
        self.possessive_dets = frozenset(norm_token(w) for w in grammar.get("possessive_determiners", []))
        self.possessive_clitics = frozenset(norm_token(w) for w in grammar.get("possessive_clitics", []))
        # "an adviser to the president": a preposition that is a genitive after these agent nouns
        self.genitive_after = {norm_token(p): frozenset(norm_token(w) for w in ws)
                               for p, ws in grammar.get("genitive_after", {}).items()}
        self.coordinators = frozenset(norm_token(w) for w in grammar.get("coordinators", []))
        self.support_verbs = frozenset(norm_token(w) for w in grammar.get("support_verbs", []))
        # the preposition of a passive's agent ("backed by Rwanda", "sostenuti dal Ruanda"): the backer
        self.agent_preps = frozenset(norm_token(w) for w in grammar.get("agent_preps", []))
        # company names built on a country ("Air India", "Bank of Japan"); see the grammar file's _doc
        words = lambda key: frozenset(norm_token(w) for w in grammar.get(key, []))  # noqa: E731
        self.company_after, self.company_before = words("company_after"), words("company_before")
        self.central_bank, self.foreign_company = words("central_bank"), words("foreign_company")
        self.alliance_words = words("alliance_words")
        self.noun_compounds = bool(grammar.get("noun_compounds", False))
        # participles that make the phrase before them a former office holder ("il presidente deposto")
        self.former_after = words("former_after")
        # seats of power that are also place names ("Bercy"): the place after these prepositions
        self.place_seat_keys = frozenset(tuple(norm_token(t) for t in self.tokens(n)) for n in kb.place_seats)
        self.place_preps = words("place_preps")
        # party offices before a party and a person ("il coordinatore di Forza Italia Antonio Tajani")
        self.party_offices = frozenset(tuple(norm_token(t) for t in self.tokens(w))
                                       for w in grammar.get("party_offices", []))
        self.party_office_preps = words("party_office_preps")
        self.former_words = words("former")
        self.english_company_names = bool(grammar.get("english_company_names", False))

    def tokens(self, text: str) -> list[str]:
        return [t.text for t in self.tokenizer(text) if not t.is_space]

    def add(self, surface: str, kind: str, value) -> None:
        toks = self.tokens(surface)
        if not toks:
            return
        if len(toks) == 2 and toks[1] in ("'", "’") and surface.strip() == toks[0] + toks[1]:
            toks = [surface.strip()]  # an elided word on its own ("dell'", "l'") is one token in running text
        key = tuple(norm_token(t) for t in toks)
        # Capitalised closed-class words are still closed-class words.
        case = tuple(0 if kind in ("det", "gen", "loc", "number", "vague", "mod", "former", "agent", "sadj", "title", "pair")
                     and case_of(t) == 1 else case_of(t) for t in toks)
        if kind in ("agent", "title", "sadj") and any(c == 1 for c in case_of_all(toks)):
            # keep capitalisation inside multiword titles lenient ("ministro degli Esteri" == "ministro degli esteri")
            case = tuple(0 if c == 1 else c for c in case)
        entries = self.phrases.setdefault(key, [])
        for e in entries:
            if e.kind == kind and e.value == value and e.case == case:
                return
        entries.append(Entry(kind, value, case))
        self.first.setdefault(key[0], set()).add(len(key))

    def number_word(self, word: str) -> int | None:
        """The value of a compound numeral written as one word ("duemilasettecento" 2700, "trentotto" 38) from the
        language's numbers and multipliers (actors_grammar.json), or None (memoised)."""
        memo = self._number_memo
        if word not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[word] = _number_value(word.replace("tré", "tre"), self.number_values, self.number_multipliers)
        return memo[word]


def _number_value(w: str, values: dict, mults: list) -> int | None:
    if w in values:
        return values[w]
    for m, n in mults:
        k = w.find(m)
        if k < 0:
            continue
        left, right = w[:k], w[k + len(m):]
        lv = 1 if not left else _number_value(left, values, mults)
        rv = 0 if not right else _number_value(right, values, mults)
        if lv and rv is not None and lv < n and rv < n:
            return lv * n + rv
        return None
    # tens and units, the tens' last vowel elided before a vowel ("trentotto", "ventuno")
    for k in range(2, len(w) - 1):
        head, tail = w[:k], w[k:]
        unit = values.get(tail)
        if unit is None or unit >= 10:
            continue
        for tens in (head, head + "a", head + "i", head + "e"):
            t = values.get(tens)
            if t is not None and 20 <= t < 100 and t % 10 == 0:
                return t + unit
    return None


def case_of_all(toks):
    return [case_of(t) for t in toks]


def _inflect(masc: str, rules) -> list[str]:
    for suffix, forms in rules:
        if masc.endswith(suffix):
            stem = masc[: len(masc) - len(suffix)]
            return [stem + f for f in forms]
    return [masc]


def _load(lang: str, name: str):
    if not data_path(lang, name).exists():
        return None
    return load_json(lang, name)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)
