//! Bytes in: UTF-8 with or without a byte-order mark, UTF-16 with one, GB18030/GBK.

use crate::Error;

/// The encoding a text was read from.
///
/// ```
/// use mubiao::{decode, Encoding};
/// assert_eq!(decode("目标".as_bytes())?.encoding, Encoding::Utf8);
/// # Ok::<(), mubiao::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8.
    Utf8,
    /// UTF-16, little-endian (with a byte-order mark).
    Utf16Le,
    /// UTF-16, big-endian (with a byte-order mark).
    Utf16Be,
    /// GB18030, the superset of GBK and GB2312 that Chinese pages are saved in.
    Gb18030,
}

impl Encoding {
    /// The encoding's usual name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`.
    ///
    /// ```
    /// let gbk = [0xD4, 0xF0, 0xC8, 0xCE];
    /// assert_eq!(mubiao::decode(&gbk)?.encoding.as_str(), "GB18030");
    /// assert_eq!(mubiao::Encoding::Utf8.to_string(), "UTF-8");
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Gb18030 => "GB18030",
        }
    }
}

impl core::fmt::Display for Encoding {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text decoded from bytes, and how it was decoded. Spans of everything parsed from
/// `text` are byte offsets into it.
///
/// ```
/// let bytes = b"\xEF\xBB\xBF1\xE3\x80\x81\r\n";
/// let src = mubiao::decode(bytes)?;
/// assert!(src.bom);
/// assert_eq!(src.text, "1、\r\n");
/// # Ok::<(), mubiao::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Source {
    /// The text, without a byte-order mark; line ends as they were.
    pub text: String,
    /// The encoding it was read from.
    pub encoding: Encoding,
    /// Whether the bytes began with a byte-order mark.
    pub bom: bool,
}

/// Decodes a document: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise
/// valid UTF-8 is UTF-8 and anything else is read as GB18030. Line ends are kept,
/// so CRLF text parses like LF text with the same offsets.
///
/// ```
/// // "责任单位" in GBK
/// let gbk = [0xD4, 0xF0, 0xC8, 0xCE, 0xB5, 0xA5, 0xCE, 0xBB];
/// let src = mubiao::decode(&gbk)?;
/// assert_eq!(src.text, "责任单位");
/// assert_eq!(src.encoding, mubiao::Encoding::Gb18030);
/// # Ok::<(), mubiao::Error>(())
/// ```
///
/// # Errors
/// [`Error::Encoding`] with the byte offset of the first sequence that is valid in none
/// of the encodings.
pub fn decode(bytes: &[u8]) -> Result<Source, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).map_err(|e| Error::Encoding {
            encoding: "UTF-8",
            offset: e.valid_up_to() + 3,
        })?;
        return Ok(Source {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            bom: true,
        });
    }
    for (bom, enc, which) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, Encoding::Utf16Le),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, Encoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = enc.decode_without_bom_handling(rest);
            if had_errors {
                return Err(Error::Encoding {
                    encoding: enc.name(),
                    offset: first_error(enc, rest) + bom.len(),
                });
            }
            return Ok(Source {
                text: text.into_owned(),
                encoding: which,
                bom: true,
            });
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Source {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            bom: false,
        });
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(Error::Encoding {
            encoding: "GB18030",
            offset: first_error(encoding_rs::GB18030, bytes),
        });
    }
    Ok(Source {
        text: text.into_owned(),
        encoding: Encoding::Gb18030,
        bom: false,
    })
}

/// [`decode`] of bytes the caller gives away: UTF-8 (with or without a byte-order mark)
/// becomes the text without a copy; other encodings are decoded as [`decode`] does.
///
/// ```
/// let src = mubiao::decode_owned(b"\xEF\xBB\xBF1\xE3\x80\x81".to_vec())?;
/// assert_eq!((src.text.as_str(), src.bom), ("1、", true));
/// assert_eq!(src, mubiao::decode(b"\xEF\xBB\xBF1\xE3\x80\x81")?);
/// # Ok::<(), mubiao::Error>(())
/// ```
///
/// # Errors
/// As [`decode`].
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Source, Error> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if bom || !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        if bom {
            bytes.drain(..3);
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Ok(Source {
                    text,
                    encoding: Encoding::Utf8,
                    bom,
                });
            }
            Err(e) => {
                if bom {
                    return Err(Error::Encoding {
                        encoding: "UTF-8",
                        offset: e.utf8_error().valid_up_to() + 3,
                    });
                }
                bytes = e.into_bytes();
            }
        }
    }
    decode(&bytes)
}

/// The byte offset of the first malformed sequence, found by decoding in steps.
fn first_error(enc: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(64);
    let mut read = 0;
    while read < bytes.len() {
        out.clear();
        let chunk = bytes.get(read..).unwrap_or_default();
        let (result, n) = decoder.decode_to_string_without_replacement(chunk, &mut out, true);
        match result {
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                return (read + n).saturating_sub(usize::from(bad));
            }
            encoding_rs::DecoderResult::InputEmpty => return bytes.len(),
            encoding_rs::DecoderResult::OutputFull => {
                out.reserve(64);
            }
        }
        read += n;
    }
    bytes.len()
}
