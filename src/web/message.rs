//! The edge of the browser: a message's structured clone read one level at a time through
//! [`Untrusted`], so the protocol's decoder can type it without ever walking untrusted depth.

use std::cell::Cell;

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{Kind, Problem, Untrusted};

/// A value received in a `MessageEvent`, or one of its fields. Its kind is found once, on
/// first use: each look costs calls into JavaScript.
#[derive(Debug, Clone)]
pub struct JsMessage {
    value: JsValue,
    kind: Cell<Option<Kind>>,
}

impl JsMessage {
    pub fn new(value: JsValue) -> JsMessage {
        JsMessage {
            value,
            kind: Cell::new(None),
        }
    }
}

/// The kind of a JavaScript value, objects first (the decoder asks about them most).
fn kind_of(value: &JsValue) -> Kind {
    if value.is_object() {
        if Array::is_array(value) {
            Kind::Array
        } else if is_plain_object(value) {
            Kind::Object
        } else {
            Kind::Other
        }
    } else if value.is_string() {
        Kind::String
    } else if value.as_f64().is_some() {
        Kind::Number
    } else if value.as_bool().is_some() {
        Kind::Bool
    } else if value.is_null() {
        Kind::Null
    } else if value.is_undefined() {
        Kind::Undefined
    } else {
        // Functions, symbols and BigInts.
        Kind::Other
    }
}

impl Untrusted for JsMessage {
    fn kind(&self) -> Kind {
        match self.kind.get() {
            Some(kind) => kind,
            None => {
                let kind = kind_of(&self.value);
                self.kind.set(Some(kind));
                kind
            }
        }
    }

    fn field(&self, name: &str) -> Option<Self> {
        if self.kind() != Kind::Object {
            return None;
        }
        let key = JsValue::from_str(name);
        // Own fields only: `__proto__` and inherited names are never read.
        if !Object::has_own(self.value.unchecked_ref::<Object>(), &key) {
            return None;
        }
        Reflect::get(&self.value, &key).ok().map(JsMessage::new)
    }

    fn string(&self, max_chars: usize) -> Result<String, Problem> {
        let Some(text) = self.value.dyn_ref::<JsString>() else {
            return Err(Problem::WrongType {
                expected: Kind::String,
                found: self.kind(),
            });
        };
        // A character takes at most two UTF-16 units: anything longer is refused uncopied.
        if text.length() as usize > max_chars.saturating_mul(2) {
            return Err(Problem::TooLong { max: max_chars });
        }
        if !text.is_valid_utf16() {
            return Err(Problem::InvalidText);
        }
        Ok(String::from(text))
    }

    fn boolean(&self) -> Option<bool> {
        self.value.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.value.as_f64()
    }

    fn array_len(&self) -> Option<usize> {
        if self.kind() != Kind::Array {
            return None;
        }
        Some(self.value.unchecked_ref::<Array>().length() as usize)
    }

    fn item(&self, index: usize) -> Option<Self> {
        if self.kind() != Kind::Array {
            return None;
        }
        let index = u32::try_from(index).ok()?;
        let array = self.value.unchecked_ref::<Array>();
        (index < array.length()).then(|| JsMessage::new(array.get(index)))
    }
}

/// Whether an object that is not an array was made by `{…}` (or `Object.create(null)`): not a
/// Date, Map, typed array, String wrapper or any other class instance.
fn is_plain_object(value: &JsValue) -> bool {
    let prototype = JsValue::from(Object::get_prototype_of(value));
    prototype.is_null() || OBJECT_PROTOTYPE.with(|object| prototype == *object)
}

thread_local! {
    /// `Object.prototype` of this realm, which every `{…}` clone inherits from.
    static OBJECT_PROTOTYPE: JsValue = Object::get_prototype_of(&Object::new()).into();
}
