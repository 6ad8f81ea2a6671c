"""Search speed at 1k, 5k and 50k entries: start-up, per-keystroke latency, memory.

Builds synthetic playbooks mixing Chinese, Korean and English, writes them as
YAML files, then measures in a fresh process per size:

* cold start: read + parse + index (no cache), and warm start (cache hit);
* per-keystroke latency: every prefix of realistic queries, as each keystroke
  searches once (p50 / p99 over all keystrokes, after one warm-up pass), on
  the index read from the cache (what the agent gets at every start but the
  first) and on the freshly built one;
* peak memory (max RSS of the process).

Run: ``uv run python bench/search_bench.py [--sizes 1000,5000,50000]``.
Budgets (issue 2): 5k p50 ≤ 2 ms, p99 ≤ 8 ms; 50k p50 ≤ 10 ms, p99 ≤ 16 ms;
50k searchable ≤ 1.5 s warm and ≤ 8 s cold.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ZH_PRODUCTS = [
    "连衣裙",
    "衬衫",
    "羽绒服",
    "手机壳",
    "耳机",
    "面霜",
    "口红",
    "运动鞋",
    "背包",
    "茶叶",
    "奶粉",
    "玩具",
    "床单",
    "台灯",
    "水杯",
    "帽子",
    "围巾",
    "手表",
    "钱包",
    "雨伞",
]
ZH_TOPICS = [
    ("能开发票吗", ["可以开票吗", "有发票吗"]),
    ("发票抬头开错了", ["抬头写错了"]),
    ("包邮吗", ["能包邮吗"]),
    ("什么时候发货", ["几天发货"]),
    ("退货邮费谁出", ["退货运费谁承担"]),
    ("可以退货吗", ["能退吗"]),
    ("是正品吗", ["是真的吗"]),
    ("能便宜点吗", ["最低多少钱"]),
    ("有现货吗", ["还有货吗"]),
    ("尺码怎么选", ["穿多大码"]),
    ("退款什么时候到账", ["钱什么时候退"]),
    ("快递怎么这么慢", ["物流不动了"]),
    ("怎么洗涤保养", ["能机洗吗"]),
    ("收到的东西坏了", ["商品破损"]),
    ("以旧换新怎么参加", ["旧的能换新的吗"]),
]
KO_PRODUCTS = [
    "원피스",
    "셔츠",
    "패딩",
    "폰케이스",
    "이어폰",
    "크림",
    "립스틱",
    "운동화",
    "가방",
    "녹차",
    "분유",
    "장난감",
    "이불",
    "스탠드",
    "텀블러",
]
KO_TOPICS = [
    ("배송 언제 되나요?", ["언제 받아요"]),
    ("배송 조회는 어떻게 하나요?", ["송장번호 알려주세요"]),
    ("교환 가능한가요?", ["교환하고 싶어요"]),
    ("교환 배송비는 누가 내나요?", ["교환비 얼마"]),
    ("환불은 언제 되나요?", ["환불 언제"]),
    ("재고 있나요?", ["재고있어요?"]),
    ("사이즈 추천해 주세요", ["몇 사이즈 입어요"]),
    ("할인 되나요?", ["깎아주세요"]),
]
EN_PRODUCTS = [
    "dress",
    "shirt",
    "jacket",
    "case",
    "earbuds",
    "cream",
    "lipstick",
    "sneakers",
    "backpack",
    "tea",
    "formula",
    "toy",
    "sheets",
    "lamp",
    "tumbler",
]
EN_TOPICS = [
    ("How do I get a refund?", ["money back"]),
    ("Can I get a partial refund?", ["partial refund"]),
    ("How long does shipping take?", ["when will it arrive"]),
    ("Where is my tracking number?", ["tracking number"]),
    ("Do I pay customs duties?", ["import tax"]),
    ("My item arrived damaged", ["broken item"]),
    ("Which payment methods do you accept?", ["pay with paypal"]),
    ("Do you offer bulk discounts?", ["wholesale price"]),
]
QUERIES = [
    "fp",
    "fapiao",
    "thyf",
    "tuihuo",
    "by",
    "baoyou",
    "jh",
    "fhsj",
    "发票",
    "退货邮费",
    "包邮",
    "你们家东西是真的吗",
    "连衣裙能开发票吗",
    "ㅂㅅ",
    "ㄱㅎ",
    "배송 조회",
    "교환",
    "환불 언제",
    "주문한 거 교환하고 싶어요",
    "refund",
    "refnud",
    "shiping",
    "tracking number",
    "customs",
    "my parcel arrived damaged",
    "xsh",
    "cm",
    "yjhx",
]


def build_playbooks(size: int, folder: Path, *, distinct: bool = False) -> None:
    """Write ``size`` synthetic entries as zh/ko/en playbooks of 1,000 entries each.

    The entries combine a few hundred products and topics, so texts repeat the
    way a real library's do; ``distinct`` adds a model number to every
    question and phrase, so that no two are alike: the worst case for the
    analysis, which reads each distinct text once.
    """
    rng = random.Random(size)
    languages = [
        ("zh-CN", ZH_PRODUCTS, ZH_TOPICS, "亲，关于{p}的这个问题：{t}，我们会尽快为您处理，请稍等。")
    ] * 6
    languages += [
        (
            "ko-KR",
            KO_PRODUCTS,
            KO_TOPICS,
            "고객님, {p} 관련 문의 주셔서 감사합니다. {t} 확인 후 안내드리겠습니다.",
        )
    ] * 2
    languages += [
        (
            "en",
            EN_PRODUCTS,
            EN_TOPICS,
            "Thanks for asking about the {p}: {t} We will get back to you shortly.",
        )
    ] * 2
    entries: dict[str, list[dict[str, object]]] = {"zh-CN": [], "ko-KR": [], "en": []}
    for number in range(size):
        language, products, topics, body = languages[number % len(languages)]
        product = rng.choice(products)
        question, also = rng.choice(topics)
        sep = " " if language != "zh-CN" else ""
        model = f" #{number}" if distinct else ""
        entry: dict[str, object] = {
            "id": f"e{number}",
            "category": question[:2],
            "question": f"{product}{sep}{question}{model}",
            "also": [f"{product}{sep}{phrase}{model}" for phrase in also],
            "reply": body.format(p=product, t=question),
        }
        if number % 50 == 0:
            entry["code"] = f"c{number}"
        entries[language].append(entry)
    for language, items in entries.items():
        for chunk in range(0, len(items), 1000):
            document = {
                "name": f"bench {language} {chunk}",
                "language": language,
                "entries": items[chunk : chunk + 1000],
            }
            path = folder / f"{language}-{chunk // 1000:03d}.yaml"
            path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def measure(folder: Path, cache: Path) -> dict[str, float]:
    """Run in a fresh process: start-up, keystroke latency and memory for one size."""
    from desktop.core.library import load_library

    started = time.perf_counter()
    library = load_library([folder], cache)
    loaded = time.perf_counter() - started
    assert not library.problems, library.problems[:3]
    keystrokes = [query[:end] for query in QUERIES for end in range(1, len(query) + 1)]
    for text in keystrokes:  # warm-up: first touches of numpy paths and caches
        library.index.search(text)
    timings: list[float] = []
    for _ in range(3):
        for text in keystrokes:
            begin = time.perf_counter()
            library.index.search(text)
            timings.append((time.perf_counter() - begin) * 1000)
    timings.sort()
    return {
        "from_cache": float(library.from_cache),
        "start_s": loaded,
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[int(len(timings) * 0.99) - 1],
        "keystrokes": float(len(timings)),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,50000")
    parser.add_argument("--distinct", action="store_true", help="no question or phrase repeats")
    parser.add_argument("--measure", nargs=2, metavar=("FOLDER", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return
    print(
        f"{'entries':>8} {'cold start':>11} {'warm start':>11} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'fresh p50':>10} {'fresh p99':>10} {'max RSS':>9}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as temporary:
            folder, cache = Path(temporary) / "books", Path(temporary) / "cache"
            folder.mkdir()
            build_playbooks(size, folder, distinct=args.distinct)
            runs = []
            for _ in range(2):  # first run builds the cache, second reads it
                done = subprocess.run(
                    [sys.executable, __file__, "--measure", str(folder), str(cache)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append(json.loads(done.stdout))
            cold, warm = runs
            assert not cold["from_cache"]
            assert warm["from_cache"]
            print(
                f"{size:>8} {cold['start_s']:>10.2f}s {warm['start_s']:>10.2f}s "
                f"{warm['p50_ms']:>8.2f} {warm['p99_ms']:>8.2f} {cold['p50_ms']:>10.2f} {cold['p99_ms']:>10.2f} "
                f"{warm['max_rss_mb']:>7.0f}MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
