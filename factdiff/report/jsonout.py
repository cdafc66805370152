"""JSON renderers: the findings contract (schema "factdiff/1") and the extracted facts."""

from __future__ import annotations

import json
from collections import Counter

from factdiff.model import Extraction, Result

SCHEMA = "factdiff/1"


def summary(result: Result) -> dict:
    return {
        "stories": len(result.stories),
        "articles": sum(len(s.articles) for s in result.stories),
        "findings": len(result.findings),
        "by_severity": dict(sorted(Counter(f.severity for f in result.findings).items())),
        "by_kind": dict(sorted(Counter(f.kind for f in result.findings).items())),
        "new": sum(f.status == "new" for f in result.findings),
        "known": sum(f.status == "known" for f in result.findings),
        "fixed": len(result.fixed),
        "baseline": result.baseline or None,
        "problems": [str(p) for p in result.problems],
        "skipped": len(result.skipped),
        "single_source": list(result.single_source),
    }


def findings_document(result: Result) -> dict:
    return {
        "schema": SCHEMA,
        "findings": [f.to_json() for f in result.findings],
        "fixed": list(result.fixed),
        "stories": [
            {"name": s.name, "articles": [{"path": a.path, "source": a.source} for a in s.articles]}
            for s in result.stories
        ],
        "summary": summary(result),
    }


def render_findings(result: Result) -> str:
    return json.dumps(findings_document(result), ensure_ascii=False, indent=2) + "\n"


def article_document(x: Extraction) -> dict:
    a = x.article
    names = lambda idx: [x.mentions[i].canonical for i in idx]  # noqa: E731
    return {
        "path": a.path,
        "story": a.story,
        "source": a.source,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language,
        "mentions": [
            {
                "type": m.type,
                "text": m.text,
                "start": a.unparted(m.start),
                "end": a.unparted(m.end),
                "line": a.position(m.start)[0],
                "column": a.position(m.start)[1],
                "canonical": m.canonical,
                "normalized": m.normalized,
                **(
                    {"qualifier": m.qualifier}
                    if m.qualifier and m.type in ("number", "time")
                    else {}
                ),
                **({"unit": m.unit} if m.unit and m.type in ("number", "time") else {}),
                **({"speaker": m.qualifier or None} if m.type == "quote" else {}),
                **({"role": m.qualifier} if m.qualifier and m.type == "person" else {}),
                **({"note": m.note} if m.note else {}),
            }
            for m in x.mentions
        ],
        "facts": [
            {
                "who": names(f.who),
                "what": f.what,
                "what_text": f.what_text,
                "when": [x.mentions[i].normalized or x.mentions[i].text for i in f.when],
                "where": names(f.where),
                "numbers": [x.mentions[i].text for i in f.numbers],
                "speaker": x.mentions[f.speaker].canonical if f.speaker is not None else None,
                "sentence": " ".join(a.text[f.sentence_start : f.sentence_end].split()),
                "start": a.unparted(f.start),
                "end": a.unparted(f.end),
            }
            for f in x.facts
        ],
    }


def render_facts(result: Result) -> str:
    document = {
        "schema": SCHEMA,
        "articles": [article_document(x) for x in result.extractions],
        "problems": [str(p) for p in result.problems],
        "skipped": len(result.skipped),
        "single_source": list(result.single_source),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
