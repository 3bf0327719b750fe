//! A read-only view of an untrusted value, so one decoder serves JSON text (tests, fuzzing) and
//! the browser's structured clones alike. Implementations never recurse: each call looks one
//! level down and no further.

use super::Problem;

/// The kind of an untrusted value, as far as the decoder cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Undefined,
    Null,
    Bool,
    Number,
    String,
    Array,
    /// A plain object (`{…}`), the only kind whose fields are read.
    Object,
    /// Anything else a structured clone can carry: Date, Map, Set, typed arrays, Blob, ….
    Other,
}

/// One level of an untrusted value.
pub trait Untrusted: Sized {
    fn kind(&self) -> Kind;

    /// An own field of a plain object; `None` when absent or when this is no plain object.
    fn field(&self, name: &str) -> Option<Self>;

    /// The string this value holds, refused as [`Problem::TooLong`] without being copied when it
    /// is plainly longer than `max_chars`, and as [`Problem::InvalidText`] when it is not valid
    /// Unicode (lone surrogates). Callers still count characters themselves.
    fn string(&self, max_chars: usize) -> Result<String, Problem>;

    fn boolean(&self) -> Option<bool>;

    fn number(&self) -> Option<f64>;

    /// The length of an array; `None` when this is no array.
    fn array_len(&self) -> Option<usize>;

    fn item(&self, index: usize) -> Option<Self>;
}

impl Untrusted for &serde_json::Value {
    fn kind(&self) -> Kind {
        use serde_json::Value;
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }

    fn field(&self, name: &str) -> Option<Self> {
        self.as_object()?.get(name)
    }

    fn string(&self, max_chars: usize) -> Result<String, Problem> {
        match self.as_str() {
            // A `char` is at most 4 bytes: anything longer cannot fit.
            Some(s) if s.len() > max_chars.saturating_mul(4) => {
                Err(Problem::TooLong { max: max_chars })
            }
            Some(s) => Ok(s.to_owned()),
            None => Err(Problem::WrongType {
                expected: Kind::String,
                found: self.kind(),
            }),
        }
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn array_len(&self) -> Option<usize> {
        self.as_array().map(Vec::len)
    }

    fn item(&self, index: usize) -> Option<Self> {
        self.as_array()?.get(index)
    }
}
