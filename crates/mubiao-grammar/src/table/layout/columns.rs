//! Columns on a page: where each column's text starts, how wide its full lines are,
//! and which column each piece of a line belongs to.
//!
//! A header name is centred over its cell, and a cell's text may start left of it
//! (a wide cell under a short name), so the left edge of a column is read from the
//! data: between the end of the name before and the middle of its own name, the
//! leftmost place where a fragment starts and no word runs across (a word runs
//! across a place when it has two characters or more on each side; only words the
//! converter put where they stood count). A page's rows may sit a few columns apart
//! from each other, so the edges are read again for each row's band of lines, the
//! page's edges standing in where a band shows none.
//!
//! A fragment that runs past its column joins two cells with one space (`市数据局（市
//! 人 市工业与能源集团（市数据`): it is split at the last space before which it fits
//! the column, judged by the width of the column's full lines (the widest fragment
//! that is one cell's text, where enough of them show it), never between two single
//! letters (letter-spaced text, `生 健 康`); a piece split off must fit the next
//! column in turn. A piece that starts by an edge takes the column of the pieces
//! above and below it that overlap it.

use std::ops::Range;

use super::header::Name;
use super::line::{Frag, Pos, Word};

/// How far a piece may run past an edge, or a fragment past its column's width, and
/// still be in the column (half columns): two characters.
const TOLERANCE: Pos = 4;

/// A word runs across an edge when it has this much on each side of it.
const CROSSING: Pos = 4;

/// How many fragments of one cell's text a column needs before their widest is
/// taken as the width of its full lines.
const MIN_SAMPLES: usize = 4;

/// How many lines above and below a piece by an edge are asked for its column.
const NEIGHBOURS: usize = 2;

/// A piece of a line in one column: its words and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    /// The column.
    pub(super) col: usize,
    /// Its words (a range of the table's words).
    pub(super) words: Range<usize>,
    /// Where it starts, in half columns.
    pub(super) start: Pos,
    /// Where it ends.
    pub(super) end: Pos,
}

/// The column a place is in, given the left edges of the columns.
pub(super) fn column_at(x: Pos, edges: &[Pos]) -> usize {
    edges.iter().rposition(|&e| e <= x).unwrap_or(0)
}

/// A line of a page as the geometry reads it: its fragments, and whether it holds a
/// row's number (those are left out of the edges).
#[derive(Clone, Copy, Debug)]
pub(super) struct Laid<'a> {
    /// Its fragments.
    pub(super) frags: &'a [Frag],
    /// Whether its first fragment is a row's number.
    pub(super) anchor: bool,
}

/// The left edges of the columns of `names` from `lines` (`edges[0]` is 0), and where
/// no line shows an edge, the one of `fallback`.
pub(super) fn edges(
    names: &[Name],
    words: &[Word],
    lines: &[Laid<'_>],
    fallback: Option<&[Pos]>,
) -> Vec<Pos> {
    let limit = names.iter().map(|n| n.hi).max().unwrap_or(0) + 2 * CROSSING;
    let mut crossing = vec![0i32; limit + 2];
    let mut starts = vec![0u32; limit + 1];
    let second = names.get(1).map_or(0, |n| n.lo);
    let mut numbers_end = names.first().map_or(0, |n| n.hi);
    for line in lines {
        for (i, f) in line.frags.iter().enumerate() {
            let ws = words.get(f.clone()).unwrap_or_default();
            let Some(first) = ws.first() else { continue };
            if i == 0 && line.anchor && first.col < second {
                numbers_end = numbers_end.max(first.end);
                continue;
            }
            for w in ws.iter().filter(|w| w.placed) {
                let lo = w.start + CROSSING;
                let hi = w.end.saturating_sub(CROSSING).min(limit);
                if lo <= hi {
                    if let Some(c) = crossing.get_mut(lo) {
                        *c += 1;
                    }
                    if let Some(c) = crossing.get_mut(hi + 1) {
                        *c -= 1;
                    }
                }
            }
            if let Some(s) = starts.get_mut(first.col) {
                *s += 1;
            }
        }
    }
    let mut run = 0;
    for c in &mut crossing {
        run += *c;
        *c = run;
    }
    let cut = |x: Pos| crossing.get(x).copied().unwrap_or(0);
    let even = |x: Pos| x & !1;
    let mut out = vec![0];
    for (i, pair) in names.windows(2).enumerate() {
        let (Some(left), Some(right)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let prev = out.last().copied().unwrap_or(0);
        let mut lo = left.hi.max(prev + 2);
        if i == 0 {
            lo = lo.max(numbers_end);
        }
        let lo = (lo + 1) & !1;
        let hi = even(right.centre());
        if lo > hi {
            out.push(even((left.hi + right.lo) / 2).max(prev + 2));
            continue;
        }
        let places = || (lo..=hi).step_by(2);
        let least = places().map(cut).min().unwrap_or(0);
        let edge = places()
            .find(|&x| starts.get(x).is_some_and(|&s| s > 0) && cut(x) <= least)
            .or_else(|| fallback.and_then(|f| f.get(i + 1).copied()))
            .unwrap_or_else(|| even((lo + hi) / 2));
        out.push(edge);
    }
    out
}

/// The width of each column's full lines, where it has enough lines to tell: the
/// widest fragment that starts in it and is one cell's text: it ends before the next
/// column and has no single space between two ideographs (a space beside ASCII is the
/// converter's, `瑞安各 24 个以上`; one between ideographs may part two cells).
pub(super) fn widths(edges: &[Pos], words: &[Word], lines: &[Laid<'_>]) -> Vec<Option<Pos>> {
    let mut seen = vec![(0usize, 0); edges.len()];
    for line in lines {
        for f in line.frags {
            let ws = words.get(f.clone()).unwrap_or_default();
            let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
                continue;
            };
            let col = column_at(first.start, edges);
            let one_cell = ws.windows(2).all(|p| match p {
                [a, b] => a.narrow_ends.1 || b.narrow_ends.0,
                _ => true,
            });
            let inside = edges
                .get(col + 1)
                .is_none_or(|&e| last.col + 2 * last.chars <= e);
            if one_cell
                && inside
                && let Some(s) = seen.get_mut(col)
            {
                s.0 += 1;
                s.1 = s.1.max(last.end.saturating_sub(first.start));
            }
        }
    }
    seen.into_iter()
        .map(|(n, w)| (n >= MIN_SAMPLES).then_some(w))
        .collect()
}

/// Splits the fragment of words `f` into pieces by column, given the columns' left
/// edges and full-line widths; appends them to `out`.
pub(super) fn split(
    f: &Frag,
    words: &[Word],
    edges: &[Pos],
    widths: &[Option<Pos>],
    out: &mut Vec<Piece>,
) {
    let ws = words.get(f.clone()).unwrap_or_default();
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return;
    };
    // (word index, column) where a new piece starts
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    let mut col = column_at(first.start, edges);
    while let (Some(&next_edge), Some(&edge_here), Some(w0)) =
        (edges.get(col + 1), edges.get(col), ws.get(at))
    {
        let reach = match widths.get(col).copied().flatten() {
            Some(w) => (w0.start + w).min(next_edge),
            None => next_edge,
        };
        if last.end <= reach + TOLERANCE {
            break;
        }
        // a space between two single letters is letter spacing, never an edge
        let can_cut = |j: &usize| {
            let (a, b) = (ws.get(j - 1), ws.get(*j));
            !(a.is_some_and(|a| a.chars == 1) && b.is_some_and(|b| b.chars == 1))
        };
        let middle = (edge_here + next_edge) / 2;
        let mut fits = (at + 1..ws.len()).filter(can_cut).filter(|&j| {
            let (Some(a), Some(b)) = (ws.get(j - 1), ws.get(j)) else {
                return false;
            };
            a.end <= reach + TOLERANCE && last.end >= b.start + 4 && b.start.max(b.col) >= middle
        });
        let best = match fits.next_back() {
            Some(j) => j,
            None if last.end > next_edge + TOLERANCE => {
                let Some(j) = (at + 1..ws.len())
                    .filter(can_cut)
                    .min_by_key(|&j| ws.get(j).map_or(Pos::MAX, |w| w.start.abs_diff(next_edge)))
                else {
                    break;
                };
                j
            }
            None => break,
        };
        let start = ws.get(best).map_or(0, |w| w.start);
        col = (col + 1).max(column_at(start, edges));
        cuts.push((best, col));
        at = best;
    }
    // a piece split off must fit its column
    let mut i = 0;
    while let Some(&(j, c)) = cuts.get(i) {
        let end_word = cuts.get(i + 1).map_or(ws.len(), |&(k, _)| k);
        let start = ws.get(j).map_or(0, |w| w.start);
        let end = ws.get(end_word.saturating_sub(1)).map_or(0, |w| w.end);
        if widths
            .get(c)
            .copied()
            .flatten()
            .is_some_and(|w| end.saturating_sub(start) > w + TOLERANCE)
        {
            cuts.remove(i);
        } else {
            i += 1;
        }
    }
    let mut from = 0;
    let mut col = None;
    for (j, c) in cuts.iter().copied().chain([(ws.len(), 0)]) {
        if j > from {
            let (Some(a), Some(b)) = (ws.get(from), ws.get(j - 1)) else {
                break;
            };
            let placed = column_at(a.start, edges);
            out.push(Piece {
                col: col.map_or(placed, |k: usize| k.max(placed)),
                words: f.start + from..f.start + j,
                start: a.start,
                end: b.end,
            });
        }
        from = j;
        col = Some(c);
    }
}

/// Gives each piece that starts by an edge the column of the pieces that overlap it
/// on the lines above and below (when they agree on one of the edge's two columns).
/// `lines` are the pieces of a page's lines, top to bottom, each with its edges.
pub(super) fn settle(lines: &mut [(Range<usize>, &[Pos])], pieces: &mut [Piece]) {
    for k in 0..lines.len() {
        let Some((range, edges)) = lines.get(k).cloned() else {
            continue;
        };
        for p in range.clone() {
            let Some(piece) = pieces.get(p) else { continue };
            let (s, e) = (piece.start, piece.end);
            let Some(q) = edges
                .iter()
                .skip(1)
                .position(|&b| b <= s + 4 && s < b + 6)
                .map(|q| q + 1)
            else {
                continue;
            };
            let mut vote = None;
            let mut agree = true;
            let around = k.saturating_sub(NEIGHBOURS)..(k + NEIGHBOURS + 1).min(lines.len());
            for k2 in around.filter(|&k2| k2 != k) {
                let Some((r2, _)) = lines.get(k2) else {
                    continue;
                };
                for other in pieces.get(r2.clone()).unwrap_or_default() {
                    if other.start < e && s < other.end && (other.col + 1 == q || other.col == q) {
                        match vote {
                            None => vote = Some(other.col),
                            Some(v) if v != other.col => agree = false,
                            Some(_) => {}
                        }
                    }
                }
            }
            if agree
                && let Some(v) = vote
                && let Some(piece) = pieces.get_mut(p)
            {
                piece.col = v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::line;
    use super::*;
    use crate::lexicon::Column;
    use crate::text::lines;

    fn name(kind: Column, lo: usize, hi: usize) -> Name {
        Name {
            kind,
            lo: 2 * lo,
            hi: 2 * hi,
        }
    }

    /// The pieces of each line of `text`, as (column, text), with the edges read from
    /// all of its lines.
    fn pieces(text: &str, names: &[Name]) -> (Vec<Pos>, Vec<Vec<(usize, String)>>) {
        let mut words = Vec::new();
        let mut frags = Vec::new();
        let ranges: Vec<Range<usize>> = lines(text)
            .map(|l| line::read(text, &l, &mut words, &mut frags))
            .collect();
        let laid: Vec<Laid<'_>> = ranges
            .iter()
            .map(|r| Laid {
                frags: frags.get(r.clone()).unwrap(),
                anchor: false,
            })
            .collect();
        let e = edges(names, &words, &laid, None);
        let w = widths(&e, &words, &laid);
        let out = laid
            .iter()
            .map(|l| {
                let mut ps = Vec::new();
                for f in l.frags {
                    split(f, &words, &e, &w, &mut ps);
                }
                ps.iter()
                    .map(|p| {
                        let t: String = words[p.words.clone()]
                            .iter()
                            .map(|w| w.span.get(text).unwrap())
                            .collect();
                        (p.col, t)
                    })
                    .collect()
            })
            .collect();
        (e, out)
    }

    #[test]
    fn a_cell_starts_left_of_its_name_and_one_space_parts_two_cells() {
        // 温州市人工智能创新发展工作方案, 附件 1, rows 4 and 8
        use mubiao_model::Role;
        let names = [
            name(Column::Number, 0, 2),
            name(Column::Task, 7, 11),
            name(Column::Task, 34, 38),
            name(Column::Deadline, 52, 56),
            name(Column::Role(Role::Responsible), 60, 64),
            name(Column::Role(Role::Cooperating), 72, 76),
        ];
        let text = "                                                            市数据局（市人
4               加快《温州市数据产业促进条例》立法进程。                 12 月                 /
                                                             工智能局）
                                                            市数据局（市人 市工业与能源集团（市数据
8               统筹推进城市可信数据空间建设，建成数据专区 10 个以上。        12 月
                                                             工智能局）  集团），相关县（市、区）
";
        let (e, ps) = pieces(text, &names);
        // the task column starts at its text (16), not under its name (34); the
        // empty 重点举措 column shows no edge, so it is set between the names
        assert_eq!(e, [0, 2 * 5, 2 * 16, 2 * 53, 2 * 60, 2 * 68]);
        assert_eq!(
            ps[1][1],
            (2, "加快《温州市数据产业促进条例》立法进程。".into())
        );
        assert_eq!(ps[1][2], (3, "12月".into()));
        assert_eq!(
            ps[3],
            [
                (4, "市数据局（市人".into()),
                (5, "市工业与能源集团（市数据".into())
            ]
        );
        assert_eq!(ps[5][1], (5, "集团），相关县（市、区）".into()));
    }

    #[test]
    fn letter_spacing_stays_whole_and_a_wide_fragment_is_split_by_widths() {
        // 人工智能行业高质量数据集建设行动方案, 附件: a 领域 cell letter-spaced beside a
        // 数据集名称 cell; an 应用场景 line joined to its 责任单位 with one space
        use mubiao_model::Role;
        let names = [
            name(Column::Number, 0, 1),
            name(Column::Group, 6, 8),
            name(Column::Task, 11, 16),
            name(Column::Other, 54, 58),
            name(Column::Role(Role::Responsible), 66, 68),
        ];
        let text = "     医疗健康                                              省卫生
     （牵头单                                       用于不寐症分析等场景，
     位：省卫                                       用于不寐症分析等场景，
     生 健 康 商保“两核”                            用于不寐症分析等场景，
     委）                                           用于不寐症分析等场景，
            数据集                                  数字医生安诊儿大模型训练， 省卫生
";
        let (_, ps) = pieces(text, &names);
        assert_eq!(ps[3][0], (1, "生健康".into()));
        assert_eq!(ps[3][1], (2, "商保“两核”".into()));
        assert_eq!(ps[5][1], (3, "数字医生安诊儿大模型训练，".into()));
        assert_eq!(ps[5][2], (4, "省卫生".into()));
    }

    #[test]
    fn a_piece_by_an_edge_takes_the_column_above_and_below() {
        let mut pieces = vec![
            Piece {
                col: 4,
                words: 0..1,
                start: 124,
                end: 130,
            },
            Piece {
                col: 3,
                words: 1..2,
                start: 122,
                end: 128,
            },
            Piece {
                col: 4,
                words: 2..3,
                start: 124,
                end: 130,
            },
        ];
        let edges = [0, 10, 20, 60, 124];
        let mut lines = vec![(0..1, &edges[..]), (1..2, &edges[..]), (2..3, &edges[..])];
        settle(&mut lines, &mut pieces);
        assert_eq!(pieces[1].col, 4);
    }
}
