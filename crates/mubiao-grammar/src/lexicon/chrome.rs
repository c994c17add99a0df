//! Page chrome: the words a web page puts around a document (扫一扫在手机上查看当前页面,
//! 分享到, 打印本页, 关闭, 返回顶部) and printed page numbers, which are not content.

use super::Lexicon;
use crate::text::{Class, class};

/// The longest line read as chrome, in bytes: chrome is short (the longest,
/// `【字体:大 中 小】【打印】【关闭窗口】【返回顶部】`, is under 100 bytes).
const MAX_CHROME: usize = 150;

/// Whether a whole line is page chrome: nothing but chrome words, separators and
/// counts, or a bare page number (`- 3 -`, `第 2 页`).
pub(super) fn is_chrome(lexicon: &Lexicon, line: &str) -> bool {
    if line.len() > MAX_CHROME {
        return false;
    }
    let mut rest = line;
    let mut words = 0;
    let mut digits = 0;
    loop {
        rest = rest.trim_start_matches(is_filler);
        let Some(c) = rest.chars().next() else { break };
        if let Class::Digit(_) = class(c) {
            // the whole run of digits at once, each counted
            let run = rest.trim_start_matches(|c| matches!(class(c), Class::Digit(_)));
            digits += rest
                .get(..rest.len() - run.len())
                .map_or(0, |d| d.chars().count());
            rest = run;
            continue;
        }
        let Some(len) = lexicon.chrome_at(rest) else {
            return false;
        };
        // a lone 大/中/小 is chrome only beside the other two (字体: 大 中 小)
        let single = rest.get(..len).is_some_and(|w| w.chars().count() == 1);
        if single && !(line.contains('大') && line.contains('小')) {
            return false;
        }
        words += 1;
        rest = rest.get(len..).unwrap_or_default();
    }
    words > 0 || (digits > 0 && digits <= 4 && line.contains(['-', '—', '－', '第']))
}

/// What stands between chrome words: spaces, brackets, bars, separators, and the words
/// of page numbers (第 页 共).
fn is_filler(c: char) -> bool {
    match class(c) {
        Class::Space
        | Class::Open(_)
        | Class::Close(_)
        | Class::Colon
        | Class::ListSep
        | Class::Dash
        | Class::Slash
        | Class::SentenceEnd => true,
        _ => matches!(
            c,
            '�' | '|' | '·' | '_' | '=' | '>' | '<' | '第' | '页' | '共'
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::Lexicon;

    #[test]
    fn page_numbers_are_counted_by_digits() {
        let l = Lexicon::default();
        assert!(l.is_chrome("第 12 页"));
        assert!(l.is_chrome("- 1234 -"));
        assert!(l.is_chrome("— ３４ —"));
        assert!(l.is_chrome("—２—"));
        // more than four digits are no page number, nor is a list number
        assert!(!l.is_chrome("- 12345 -"));
        assert!(!l.is_chrome("12、加快发展"));
        assert!(!l.is_chrome("7"));
    }

    #[test]
    fn chrome_of_published_pages() {
        let l = Lexicon::default();
        assert!(l.is_chrome("?打印本页?? ?关闭?? ?返回顶部"));
        assert!(l.is_chrome("分享到: 0"));
        assert!(l.is_chrome("下载 打印 全屏 收藏 【字号： 加大 还原 减小 】"));
        assert!(!l.is_chrome("关闭小煤矿"));
    }
}
