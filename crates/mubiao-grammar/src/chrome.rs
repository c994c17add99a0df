//! Page chrome: the words a web page puts around a document (扫一扫在手机上查看当前页面,
//! 分享到, 打印本页, 关闭, 返回顶部, page numbers), which are not content.

use crate::punct::{digit_value, is_space};

/// Words of page chrome, longest first where one is a prefix of another.
const WORDS: &[&str] = &[
    "扫一扫在手机上查看当前页面",
    "扫一扫在手机打开当前页",
    "在手机上查看当前页面",
    "大汉版通发布系统",
    "Produced By",
    "Powered By",
    "打印本页",
    "打印此页",
    "打印页面",
    "打印文章",
    "关闭窗口",
    "关闭本页",
    "返回顶部",
    "回到顶部",
    "背景颜色",
    "浏览次数",
    "访问次数",
    "阅读次数",
    "我要纠错",
    "复制链接",
    "新浪微博",
    "腾讯微博",
    "QQ空间",
    "大汉网络",
    "大中小",
    "扫一扫",
    "分享到",
    "上一篇",
    "下一篇",
    "点击数",
    "打印",
    "关闭",
    "收藏",
    "字体",
    "字号",
    "默认",
    "保存",
    "微信",
    "微博",
    "大",
    "中",
    "小",
];

/// The first characters of [`WORDS`] (a test keeps the two in step).
const fn is_word_start(c: char) -> bool {
    matches!(
        c,
        '扫' | '在'
            | '大'
            | 'P'
            | '打'
            | '关'
            | '返'
            | '回'
            | '背'
            | '浏'
            | '访'
            | '阅'
            | '我'
            | '复'
            | '新'
            | '腾'
            | 'Q'
            | '分'
            | '上'
            | '下'
            | '点'
            | '收'
            | '字'
            | '默'
            | '保'
            | '微'
            | '中'
            | '小'
    )
}

/// Whether a whole line is page chrome: nothing but chrome words, separators and
/// counts, or a bare page number (`- 3 -`).
///
/// ```
/// use mubiao_grammar::chrome::is_chrome;
/// assert!(is_chrome("扫一扫在手机上查看当前页面"));
/// assert!(is_chrome("?打印本页?? ?关闭?? ?返回顶部"));
/// assert!(is_chrome("【字体:大 中 小】【打印】【关闭】"));
/// assert!(is_chrome("分享到: 0"));
/// assert!(is_chrome("— 3 —"));
/// assert!(!is_chrome("关闭小煤矿"));
/// assert!(!is_chrome("中小企业"));
/// ```
#[must_use]
pub fn is_chrome(line: &str) -> bool {
    // chrome is short: the longest (【字体:大 中 小】【打印】【关闭窗口】【返回顶部】) is
    // under 100 bytes
    if line.len() > 150 {
        return false;
    }
    let mut rest = line;
    let mut words = 0;
    let mut digits = 0;
    loop {
        rest = rest.trim_start_matches(|c: char| {
            is_space(c)
                || matches!(
                    c,
                    '?' | '？'
                        | '�'
                        | '【'
                        | '】'
                        | '['
                        | ']'
                        | '|'
                        | '·'
                        | ':'
                        | '：'
                        | '/'
                        | '、'
                        | '-'
                        | '—'
                        | '－'
                        | '_'
                        | '='
                        | '>'
                        | '<'
                        | '('
                        | ')'
                        | '（'
                        | '）'
                        | '第'
                        | '页'
                        | '共'
                )
        });
        let Some(c) = rest.chars().next() else { break };
        if digit_value(c).is_some() {
            // the whole run of digits at once, each counted
            let run = rest.trim_start_matches(|c| digit_value(c).is_some());
            digits += rest
                .get(..rest.len() - run.len())
                .map_or(0, |d| d.chars().count());
            rest = run;
            continue;
        }
        if !is_word_start(c) {
            return false;
        }
        let Some(w) = WORDS.iter().find(|w| rest.starts_with(**w)) else {
            return false;
        };
        // a lone 大/中/小 is chrome only beside the other two (字体: 大 中 小)
        if w.chars().count() == 1 && !line.contains('大') | !line.contains('小') {
            return false;
        }
        words += 1;
        rest = rest.get(w.len()..).unwrap_or_default();
    }
    words > 0
        || (digits > 0 && digits <= 4 && line.chars().any(|c| matches!(c, '-' | '—' | '－' | '第')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_counted_by_digits() {
        assert!(is_chrome("第 12 页"));
        assert!(is_chrome("- 1234 -"));
        assert!(is_chrome("— ３４ —"));
        // more than four digits are no page number
        assert!(!is_chrome("- 12345 -"));
        assert!(!is_chrome("12、加快发展"));
    }

    #[test]
    fn word_starts_cover_every_word() {
        for w in WORDS {
            assert!(w.chars().next().is_some_and(is_word_start), "{w}");
        }
    }
}
