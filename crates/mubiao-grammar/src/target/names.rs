//! Normalised names of common indicators: the many ways reports write one statistic.
//!
//! ```
//! use mubiao_grammar::target::names::normalize;
//!
//! assert_eq!(normalize("GDP"), Some("地区生产总值"));
//! assert_eq!(normalize("全社会GDP"), Some("地区生产总值"));
//! assert_eq!(normalize("公共财政预算收入"), Some("一般公共预算收入"));
//! assert_eq!(normalize("农民年人均纯收入"), Some("农村居民人均纯收入"));
//! // a narrower scope is another statistic
//! assert_eq!(normalize("区属GDP"), None);
//! ```

/// The indicators [`normalize`] knows: (normalised name, the ways reports write it),
/// each written form without a scope word such as `全市`.
///
/// ```
/// use mubiao_grammar::target::names::INDICATORS;
/// let (name, forms) = INDICATORS[0];
/// assert_eq!(name, "地区生产总值");
/// assert!(forms.contains(&"GDP"));
/// ```
pub const INDICATORS: &[(&str, &[&str])] = &[
    (
        "地区生产总值",
        &[
            "地区生产总值",
            "生产总值",
            "GDP",
            "国内生产总值",
            "经济总量",
        ],
    ),
    (
        "全社会固定资产投资",
        &["全社会固定资产投资", "固定资产投资", "固定资产投资总额"],
    ),
    (
        "社会消费品零售总额",
        &["社会消费品零售总额", "社会消费品零售额", "社会商品零售总额"],
    ),
    (
        "一般公共预算收入",
        &[
            "一般公共预算收入",
            "地方一般公共预算收入",
            "公共财政预算收入",
            "地方公共财政预算收入",
            "地方一般预算收入",
            "一般预算收入",
            "财政一般预算收入",
            "地方财政一般预算收入",
        ],
    ),
    ("财政总收入", &["财政总收入", "全口径财政收入"]),
    (
        "城镇居民人均可支配收入",
        &["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
    ),
    (
        "农村居民人均纯收入",
        &[
            "农村居民人均纯收入",
            "农民人均纯收入",
            "农民年人均纯收入",
            "农村居民年人均纯收入",
        ],
    ),
    (
        "农村居民人均可支配收入",
        &[
            "农村居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "农民人均可支配收入",
        ],
    ),
    ("居民人均可支配收入", &["居民人均可支配收入"]),
    ("城镇登记失业率", &["城镇登记失业率", "登记失业率"]),
    (
        "城镇新增就业",
        &["城镇新增就业", "新增城镇就业", "城镇新增就业人数"],
    ),
    ("人口自然增长率", &["人口自然增长率"]),
    ("城镇化率", &["城镇化率", "城镇化水平", "城市化率"]),
    (
        "规模以上工业增加值",
        &["规模以上工业增加值", "规上工业增加值", "规模工业增加值"],
    ),
    ("工业总产值", &["工业总产值"]),
    ("服务业增加值", &["服务业增加值", "第三产业增加值"]),
    (
        "实际利用外资",
        &[
            "实际利用外资",
            "实际使用外资",
            "实际到位外资",
            "实际利用外商直接投资",
        ],
    ),
    (
        "外贸进出口总额",
        &["外贸进出口总额", "进出口总额", "外贸进出口"],
    ),
    ("出口总额", &["出口总额", "外贸出口", "海关出口", "出口"]),
    (
        "单位地区生产总值能耗",
        &[
            "单位地区生产总值能耗",
            "单位生产总值能耗",
            "单位GDP能耗",
            "万元GDP能耗",
        ],
    ),
    (
        "居民消费价格指数",
        &["居民消费价格指数", "居民消费价格涨幅", "CPI"],
    ),
    ("森林覆盖率", &["森林覆盖率"]),
    ("城市污水处理率", &["城市污水处理率", "城市生活污水处理率"]),
    ("空气质量优良率", &["空气质量优良率"]),
];

/// The normalised name of a written form: [`INDICATORS`] as one `match`, which the
/// compiler turns into a switch on length and a few comparisons.
fn lookup(name: &str) -> Option<&'static str> {
    Some(match name {
        "地区生产总值" | "生产总值" | "GDP" | "国内生产总值" | "经济总量" => {
            "地区生产总值"
        }
        "全社会固定资产投资" | "固定资产投资" | "固定资产投资总额" => {
            "全社会固定资产投资"
        }
        "社会消费品零售总额" | "社会消费品零售额" | "社会商品零售总额" => {
            "社会消费品零售总额"
        }
        "一般公共预算收入"
        | "地方一般公共预算收入"
        | "公共财政预算收入"
        | "地方公共财政预算收入"
        | "地方一般预算收入"
        | "一般预算收入"
        | "财政一般预算收入"
        | "地方财政一般预算收入" => "一般公共预算收入",
        "财政总收入" | "全口径财政收入" => "财政总收入",
        "城镇居民人均可支配收入" | "城镇常住居民人均可支配收入" => {
            "城镇居民人均可支配收入"
        }
        "农村居民人均纯收入" | "农民人均纯收入" | "农民年人均纯收入" | "农村居民年人均纯收入" => {
            "农村居民人均纯收入"
        }
        "农村居民人均可支配收入" | "农村常住居民人均可支配收入" | "农民人均可支配收入" => {
            "农村居民人均可支配收入"
        }
        "居民人均可支配收入" => "居民人均可支配收入",
        "城镇登记失业率" | "登记失业率" => "城镇登记失业率",
        "城镇新增就业" | "新增城镇就业" | "城镇新增就业人数" => "城镇新增就业",
        "人口自然增长率" => "人口自然增长率",
        "城镇化率" | "城镇化水平" | "城市化率" => "城镇化率",
        "规模以上工业增加值" | "规上工业增加值" | "规模工业增加值" => {
            "规模以上工业增加值"
        }
        "工业总产值" => "工业总产值",
        "服务业增加值" | "第三产业增加值" => "服务业增加值",
        "实际利用外资" | "实际使用外资" | "实际到位外资" | "实际利用外商直接投资" => {
            "实际利用外资"
        }
        "外贸进出口总额" | "进出口总额" | "外贸进出口" => "外贸进出口总额",
        "出口总额" | "外贸出口" | "海关出口" | "出口" => "出口总额",
        "单位地区生产总值能耗" | "单位生产总值能耗" | "单位GDP能耗" | "万元GDP能耗" => {
            "单位地区生产总值能耗"
        }
        "居民消费价格指数" | "居民消费价格涨幅" | "CPI" => "居民消费价格指数",
        "森林覆盖率" => "森林覆盖率",
        "城市污水处理率" | "城市生活污水处理率" => "城市污水处理率",
        "空气质量优良率" => "空气质量优良率",
        _ => return None,
    })
}

/// Scope words that leave the statistic as it is: the whole area, the whole year.
const SCOPES: &[&str] = &["全社会", "全市", "全区", "全县", "全省", "全年", "全国"];

/// The normalised name of an indicator as written, where the table knows it: `GDP`,
/// `生产总值` and `全社会GDP` are all `地区生产总值`. A narrower scope (`区属GDP`,
/// `集聚区固定资产投资`) is a different statistic and has no normalised name.
///
/// ```
/// use mubiao_grammar::target::names::normalize;
/// assert_eq!(normalize("全社会固定资产投资"), Some("全社会固定资产投资"));
/// assert_eq!(normalize("固定资产投资"), Some("全社会固定资产投资"));
/// assert_eq!(normalize("集聚区固定资产投资"), None);
/// ```
#[must_use]
pub fn normalize(indicator: &str) -> Option<&'static str> {
    let mut name = indicator.trim();
    // 全市地区生产总值, 全社会GDP: the scope everyone means
    while let Some(rest) = SCOPES.iter().find_map(|s| name.strip_prefix(s)) {
        name = rest;
    }
    lookup(name)
}

/// Whether two indicators name the same statistic: equal normalised names, or the same
/// words once a scope that everyone means (`全区`, `全社会`) is set aside. `增加值` and
/// `服务业增加值` are not the same; `高新技术产业增加值` and `全区高新技术产业增加值` are.
///
/// ```
/// use mubiao_grammar::target::names::same_indicator;
/// assert!(same_indicator("GDP", "地区生产总值"));
/// assert!(same_indicator("高新技术产业增加值", "全区高新技术产业增加值"));
/// assert!(!same_indicator("增加值", "服务业增加值"));
/// assert!(!same_indicator("区属GDP", "全社会GDP"));
/// ```
#[must_use]
pub fn same_indicator(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if let (Some(x), Some(y)) = (normalize(a), normalize(b)) {
        return x == y;
    }
    let strip = |s: &'_ str| -> String {
        let mut name = s.trim();
        while let Some(rest) = SCOPES.iter().find_map(|p| name.strip_prefix(p)) {
            name = rest;
        }
        name.to_owned()
    };
    let (a, b) = (strip(a), strip(b));
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_match_is_the_table() {
        for (canon, forms) in INDICATORS {
            for f in *forms {
                assert_eq!(lookup(f), Some(*canon), "{f}");
            }
        }
    }

    #[test]
    fn every_form_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for (_, forms) in INDICATORS {
            for f in *forms {
                assert!(seen.insert(*f), "{f} twice");
            }
        }
    }
}
