//! The edge of the browser: a message's structured clone read one level at a time through
//! [`Untrusted`], so the protocol's decoder can type it without ever walking untrusted depth.

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::protocol::{Kind, Problem, Untrusted};

/// A value received in a `MessageEvent`, or one of its fields.
#[derive(Debug, Clone)]
pub struct JsMessage(pub JsValue);

impl Untrusted for JsMessage {
    fn kind(&self) -> Kind {
        let value = &self.0;
        if value.is_undefined() {
            Kind::Undefined
        } else if value.is_null() {
            Kind::Null
        } else if value.as_bool().is_some() {
            Kind::Bool
        } else if value.as_f64().is_some() {
            Kind::Number
        } else if value.is_string() {
            Kind::String
        } else if Array::is_array(value) {
            Kind::Array
        } else if is_plain_object(value) {
            Kind::Object
        } else {
            Kind::Other
        }
    }

    fn field(&self, name: &str) -> Option<Self> {
        if !is_plain_object(&self.0) {
            return None;
        }
        let key = JsValue::from_str(name);
        // Own fields only: `__proto__` and inherited names are never read.
        if !Object::has_own(self.0.unchecked_ref::<Object>(), &key) {
            return None;
        }
        Reflect::get(&self.0, &key).ok().map(JsMessage)
    }

    fn string(&self, max_chars: usize) -> Result<String, Problem> {
        let Some(text) = self.0.dyn_ref::<JsString>() else {
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
        self.0.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn array_len(&self) -> Option<usize> {
        self.0
            .dyn_ref::<Array>()
            .filter(|_| Array::is_array(&self.0))
            .map(|array| array.length() as usize)
    }

    fn item(&self, index: usize) -> Option<Self> {
        let index = u32::try_from(index).ok()?;
        let array = self.0.dyn_ref::<Array>()?;
        (index < array.length()).then(|| JsMessage(array.get(index)))
    }
}

/// An object made by `{…}` (or `Object.create(null)`): not an array, Date, Map, typed array,
/// String wrapper or any other class instance.
fn is_plain_object(value: &JsValue) -> bool {
    if !value.is_object() || Array::is_array(value) {
        return false;
    }
    let prototype = JsValue::from(Object::get_prototype_of(value));
    prototype.is_null() || OBJECT_PROTOTYPE.with(|object| prototype == *object)
}

thread_local! {
    /// `Object.prototype` of this realm, which every `{…}` clone inherits from.
    static OBJECT_PROTOTYPE: JsValue = Object::get_prototype_of(&Object::new()).into();
}
