//! Exact indicator arithmetic of Chinese statistics: growth rates, average annual growth
//! (水平法 and 累计法), 番 and 倍, shares, percentage points, completion rates (完成率),
//! schedule progress (时序进度) and rounding, all in `rust_decimal::Decimal`, all
//! returning `Result`.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
