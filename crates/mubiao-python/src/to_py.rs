//! The model to Python objects through serde's data model: the names, enum spellings,
//! decimal strings and `[start, end]` spans are those of the ledger JSON contract
//! (`mubiao.ledger/1`), because they come from the same `Serialize` impls, and no JSON
//! text is written or read on the way.
//!
//! Beside every span field (`span`, `text_span`, `indicator_span`, meta's `spans`) it adds
//! the same in characters of the text (`char_span`, `text_char_span`,
//! `indicator_char_span`, `char_spans`), so that a Python `str` can be sliced with it.

use core::fmt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyList, PyString};
use serde::ser::{self, Serialize};

use crate::chars::CharIndex;

/// A text and its character table: what a byte span is turned into a character span
/// with.
#[derive(Clone, Copy)]
pub(crate) struct Chars<'a> {
    text: &'a str,
    index: &'a CharIndex,
}

impl<'a> Chars<'a> {
    pub(crate) const fn new(text: &'a str, index: &'a CharIndex) -> Self {
        Self { text, index }
    }

    fn of(self, byte: u64) -> usize {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX);
        self.index.char_offset(self.text, byte)
    }
}

/// The Python strings made so far for the names of struct fields and enum variants, and
/// of the character twins of span fields. Names are `&'static str`, so each is made
/// (decoded, hashed) once per call instead of once per object, and found again by its
/// address.
#[derive(Default)]
pub(crate) struct Keys<'py> {
    made: RefCell<Made<'py>>,
}

/// A name as a Python string, and the name of its character twin if it is a span field.
#[derive(Clone)]
struct Key<'py> {
    name: Bound<'py, PyString>,
    twin: Option<Bound<'py, PyString>>,
}

/// Keys by the address and length of their name.
type Made<'py> = HashMap<(usize, usize), Key<'py>, BuildHasherDefault<AddressHasher>>;

impl<'py> Keys<'py> {
    fn get(&self, py: Python<'py>, name: &'static str) -> Key<'py> {
        let id = (name.as_ptr() as usize, name.len());
        if let Ok(made) = self.made.try_borrow()
            && let Some(key) = made.get(&id)
        {
            return key.clone();
        }
        let key = Key {
            name: PyString::new(py, name),
            twin: char_key(name).map(|twin| PyString::new(py, &twin)),
        };
        if let Ok(mut made) = self.made.try_borrow_mut() {
            made.insert(id, key.clone());
        }
        key
    }
}

/// A hasher for a few addresses and lengths (the step of `FxHash`): `SipHash` took a
/// tenth of the time of building rows.
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A serde serializer whose output is a Python object: structs and maps become `dict`s,
/// sequences and tuples `list`s (as JSON arrays read back), strings `str`, integers `int`,
/// `None` for absent values; an enum variant with data becomes `{variant: data}`.
#[derive(Clone, Copy)]
pub(crate) struct ToPy<'a, 'py> {
    py: Python<'py>,
    /// The text that character spans count in.
    chars: Chars<'a>,
    keys: &'a Keys<'py>,
    /// The value is a span (or spans): its integers are byte offsets, written as
    /// character offsets.
    in_chars: bool,
    /// For the outermost struct only: keep this field and skip the others.
    only: Option<&'static str>,
    /// For the outermost struct only: write its fields into this dict.
    into: Option<&'a Bound<'py, PyDict>>,
}

impl<'a, 'py> ToPy<'a, 'py> {
    /// A serializer that adds a character span beside every span of `chars`' text.
    pub(crate) const fn new(py: Python<'py>, chars: Chars<'a>, keys: &'a Keys<'py>) -> Self {
        Self {
            py,
            chars,
            keys,
            in_chars: false,
            only: None,
            into: None,
        }
    }

    /// The same, keeping only the field `key` of the outermost struct (the others are
    /// not converted at all).
    pub(crate) const fn only(self, key: &'static str) -> Self {
        Self {
            only: Some(key),
            ..self
        }
    }

    /// The same, writing the fields of the outermost struct into `dict` (after what it
    /// holds) instead of a new dict.
    pub(crate) const fn into(self, dict: &'a Bound<'py, PyDict>) -> Self {
        Self {
            into: Some(dict),
            ..self
        }
    }

    /// The serializer for a value inside this one.
    const fn inner(self) -> Self {
        Self {
            only: None,
            into: None,
            ..self
        }
    }

    /// `value` as a Python object.
    pub(crate) fn convert<T: Serialize + ?Sized>(self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        value.serialize(self).map_err(|e| e.0)
    }

    /// The string of a field or variant name.
    fn key(self, name: &'static str) -> Key<'py> {
        self.keys.get(self.py, name)
    }
}

/// The name of the character twin of a span field (`span`, `text_span`, `spans`:
/// `char_span`, `text_char_span`, `char_spans`), or `None` for a field that holds no span.
fn char_key(key: &str) -> Option<String> {
    let (stem, twin) = match key.strip_suffix("spans") {
        Some(stem) => (stem, "char_spans"),
        None => (key.strip_suffix("span")?, "char_span"),
    };
    (stem.is_empty() || stem.ends_with('_')).then(|| format!("{stem}{twin}"))
}

/// A Python exception carried through serde.
pub(crate) struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Self(e)
    }
}

type Out<'py> = Result<Bound<'py, PyAny>, Error>;

fn int<'py>(py: Python<'py>, v: impl IntoPyObject<'py>) -> Out<'py> {
    Ok(v.into_bound_py_any(py)?)
}

/// `{variant: value}`, serde's external tagging.
fn tagged<'py>(py: Python<'py>, variant: &str, value: Bound<'py, PyAny>) -> Out<'py> {
    let dict = PyDict::new(py);
    dict.set_item(variant, value)?;
    Ok(dict.into_any())
}

impl<'a, 'py> ser::Serializer for ToPy<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Variant<Seq<'a, 'py>>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Struct<'a, 'py>;
    type SerializeStructVariant = Variant<Struct<'a, 'py>>;

    fn serialize_bool(self, v: bool) -> Out<'py> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_i16(self, v: i16) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_i32(self, v: i32) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_i64(self, v: i64) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_i128(self, v: i128) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_u8(self, v: u8) -> Out<'py> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Out<'py> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Out<'py> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Out<'py> {
        if self.in_chars {
            int(self.py, self.chars.of(v))
        } else {
            int(self.py, v)
        }
    }
    fn serialize_u128(self, v: u128) -> Out<'py> {
        int(self.py, v)
    }
    fn serialize_f32(self, v: f32) -> Out<'py> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Out<'py> {
        Ok(PyFloat::new(self.py, v).into_any())
    }
    fn serialize_char(self, v: char) -> Out<'py> {
        let mut buf = [0; 4];
        self.serialize_str(v.encode_utf8(&mut buf))
    }
    fn serialize_str(self, v: &str) -> Out<'py> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Out<'py> {
        Ok(PyBytes::new(self.py, v).into_any())
    }
    fn serialize_none(self) -> Out<'py> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Out<'py> {
        Ok(self.key(variant).name.into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Out<'py> {
        let inner = value.serialize(self.inner())?;
        tagged(self.py, variant, inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'a, 'py>, Error> {
        Ok(Seq {
            to: self.inner(),
            items: Vec::with_capacity(len.unwrap_or_default()),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Seq<'a, 'py>>, Error> {
        Ok(Variant {
            variant,
            inner: self.serialize_seq(Some(len))?,
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'a, 'py>, Error> {
        Ok(Map {
            to: self.inner(),
            dict: PyDict::new(self.py),
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Struct<'a, 'py>, Error> {
        Ok(Struct {
            to: self.inner(),
            only: self.only,
            dict: self.into.map_or_else(|| PyDict::new(self.py), Bound::clone),
        })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<Struct<'a, 'py>>, Error> {
        Ok(Variant {
            variant,
            inner: Struct {
                to: self.inner(),
                only: None,
                dict: PyDict::new(self.py),
            },
        })
    }
}

/// A sequence or tuple being built: a `list`.
pub(crate) struct Seq<'a, 'py> {
    to: ToPy<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.to)?);
        Ok(())
    }
    fn finish(self) -> Out<'py> {
        Ok(PyList::new(self.to.py, self.items)?.into_any())
    }
}

/// serde's three traits of sequences, each building the same `list`.
macro_rules! sequence {
    ($trait:ident, $push:ident) => {
        impl<'py> ser::$trait for Seq<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.push(value)
            }
            fn end(self) -> Out<'py> {
                self.finish()
            }
        }
    };
}

sequence!(SerializeSeq, serialize_element);
sequence!(SerializeTuple, serialize_element);
sequence!(SerializeTupleStruct, serialize_field);

/// A map being built: a `dict`.
pub(crate) struct Map<'a, 'py> {
    to: ToPy<'a, 'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(self.to)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        self.dict.set_item(key, value.serialize(self.to)?)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}

/// A struct being built: a `dict` with the field names as keys, and a character span
/// beside each span.
pub(crate) struct Struct<'a, 'py> {
    to: ToPy<'a, 'py>,
    only: Option<&'static str>,
    dict: Bound<'py, PyDict>,
}

impl<'py> ser::SerializeStruct for Struct<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.only.is_some_and(|only| only != key) {
            return Ok(());
        }
        let Key { name, twin } = self.to.key(key);
        self.dict.set_item(name, value.serialize(self.to)?)?;
        if !self.to.in_chars
            && let Some(twin) = twin
        {
            let chars = ToPy {
                in_chars: true,
                ..self.to
            };
            self.dict.set_item(twin, value.serialize(chars)?)?;
        }
        Ok(())
    }
    fn end(self) -> Out<'py> {
        Ok(self.dict.into_any())
    }
}

/// An enum variant with data being built: `{variant: data}`.
pub(crate) struct Variant<T> {
    variant: &'static str,
    inner: T,
}

impl<'py> ser::SerializeTupleVariant for Variant<Seq<'_, 'py>> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.push(value)
    }
    fn end(self) -> Out<'py> {
        let py = self.inner.to.py;
        tagged(py, self.variant, self.inner.finish()?)
    }
}

impl<'py> ser::SerializeStructVariant for Variant<Struct<'_, 'py>> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(&mut self.inner, key, value)
    }
    fn end(self) -> Out<'py> {
        let py = self.inner.to.py;
        tagged(py, self.variant, ser::SerializeStruct::end(self.inner)?)
    }
}

#[cfg(test)]
mod tests {
    use super::char_key;

    #[test]
    fn span_fields_have_a_character_twin() {
        assert_eq!(char_key("span").as_deref(), Some("char_span"));
        assert_eq!(char_key("text_span").as_deref(), Some("text_char_span"));
        assert_eq!(
            char_key("indicator_span").as_deref(),
            Some("indicator_char_span")
        );
        assert_eq!(char_key("spans").as_deref(), Some("char_spans"));
        assert_eq!(char_key("lifespan"), None);
        assert_eq!(char_key("unit"), None);
    }
}
