"""Realistic Chinese names and resident ID numbers for the demo branch (deterministic per rng)."""
from __future__ import annotations

import random
from datetime import date, timedelta

from ruralperf.io.cells import id_check_digit

# Common surnames, most frequent first; weights roughly follow the national census shares.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
            "贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_SURNAME_WEIGHTS = tuple(max(1.0, 72.0 - 0.7 * i) for i in range(len(SURNAMES)))

MALE_GIVEN = ("建国", "建华", "建军", "国强", "国庆", "志强", "志刚", "志明", "德明", "德华", "永强",
              "永刚", "文斌", "文华", "海涛", "海军", "春生", "春林", "秋生", "长青", "长福", "金山",
              "金贵", "玉林", "振华", "宝山", "学军", "胜利", "红军", "卫东", "向阳", "家旺", "立新",
              "明亮", "俊杰", "浩然", "子涵", "宇轩", "伟", "强", "磊", "军", "勇", "杰", "涛", "斌",
              "超", "鹏", "刚", "平", "辉", "亮", "林", "峰", "波", "成", "东", "庆")
FEMALE_GIVEN = ("秀英", "秀兰", "桂英", "桂兰", "玉兰", "玉梅", "凤英", "淑珍", "淑华", "丽华",
                "丽娟", "红梅", "春梅", "冬梅", "海燕", "晓燕", "雪梅", "美玲", "慧敏", "静怡",
                "芳", "娟", "敏", "静", "丽", "艳", "娜", "霞", "萍", "燕", "玲", "婷", "琳", "洁")

# County of the branch and two neighbours (first six digits of a resident ID).
REGION_CODES = ("371327", "371327", "371327", "371321", "371329")

_PLACES = ("青山", "河口", "柳林", "石桥", "东湖", "西岭", "南河", "北坡", "杨庄", "李集", "王屯",
           "马店", "双河", "大营", "龙泉", "凤凰")
_BRANDS = ("绿源", "丰收", "金穗", "兴农", "鑫达", "宏发", "益民", "康顺", "惠农", "福源", "瑞丰",
           "永盛", "华泰", "鼎盛")
_TRADES = ("种植专业合作社", "养殖专业合作社", "农业发展有限公司", "农机服务专业合作社",
           "果蔬购销有限公司", "粮食购销有限公司", "农资有限公司", "食品加工厂", "建材有限公司",
           "生态农业有限公司")
_SHOPS = ("农资经营部", "百货超市", "农机修理部", "建材经营部", "饭店", "养殖场", "粮油门市部",
          "五金店", "服装店", "家电门市部")


def person_name(rng: random.Random, male: bool = True) -> str:
    surname = rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS)[0]
    return surname + rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)


def unique_person_names(rng: random.Random, n: int, male_share: float = 0.5,
                        used: set[str] | None = None) -> list[tuple[str, bool]]:
    """n distinct (name, is_male) pairs."""
    used = set() if used is None else used
    out: list[tuple[str, bool]] = []
    while len(out) < n:
        male = rng.random() < male_share
        name = person_name(rng, male)
        if name not in used:
            used.add(name)
            out.append((name, male))
    return out


def enterprise_name(rng: random.Random) -> str:
    return rng.choice(_PLACES) + rng.choice(_BRANDS) + rng.choice(_TRADES)


def shop_name(rng: random.Random, owner: str) -> str:
    """An individual business: a shop named after its place or its owner's given name."""
    if rng.random() < 0.5:
        return rng.choice(_PLACES) + owner[1:] + rng.choice(_SHOPS)
    return owner[0] + "记" + rng.choice(_SHOPS)


def resident_id(rng: random.Random, male: bool, born_from: int = 1955,
                born_to: int = 1998) -> str:
    """A valid 18-digit resident ID: region, birth date, sequence (odd for men), check digit."""
    start = date(born_from, 1, 1)
    born = start + timedelta(days=rng.randrange((date(born_to, 12, 31) - start).days))
    seq = rng.randrange(0, 50) * 2 + (1 if male else 0)
    first17 = f"{rng.choice(REGION_CODES)}{born:%Y%m%d}{rng.randrange(10):d}{seq:02d}"
    return first17 + id_check_digit(first17)
