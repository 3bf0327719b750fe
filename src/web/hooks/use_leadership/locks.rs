//! The Web Lock's side of the election: requests in each mode (a queued one can be withdrawn),
//! releasing, and what `navigator.locks.query()` tells (which page holds the lock, whether a
//! given page waits for it); this page's own id is learnt by holding a lock of its own and
//! finding it in the query.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::AbortController;

use super::{Shared, feed};
use crate::election::{ClientId, Input, LockMode};

type Callback = Closure<dyn FnMut(JsValue) -> JsValue>;

pub struct Locks {
    api: JsValue,
    name: &'static str,
    weak: Shared,
    /// Resolving it releases the lock this page holds.
    release: Rc<RefCell<Option<Function>>>,
    /// Withdraws the request waiting in the queue.
    queued: Option<AbortController>,
    /// This page's id, once learnt; and the promise that learns it.
    me: Rc<RefCell<Option<ClientId>>>,
    identified: Option<Promise>,
    /// Releases the lock this page holds to be recognised by.
    own_release: Rc<RefCell<Option<Function>>>,
    /// Kept alive as long as the browser may call them.
    closures: Vec<Callback>,
}

fn call(target: &JsValue, method: &str, args: &Array) -> Option<JsValue> {
    Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?
        .apply(target, args)
        .ok()
}

fn text(value: &JsValue, key: &str) -> Option<String> {
    Reflect::get(value, &key.into()).ok()?.as_string()
}

/// The client ids of the query's `held` or `pending` entries for `name`.
fn clients(snapshot: &JsValue, list: &str, name: &str) -> Vec<String> {
    let Ok(entries) = Reflect::get(snapshot, &list.into()) else {
        return Vec::new();
    };
    Array::from(&entries)
        .iter()
        .filter(|entry| text(entry, "name").as_deref() == Some(name))
        .filter_map(|entry| text(&entry, "clientId"))
        .collect()
}

/// `navigator.locks.query()`'s snapshot.
async fn snapshot(api: &JsValue) -> Option<JsValue> {
    let query = call(api, "query", &Array::new())?
        .dyn_into::<Promise>()
        .ok()?;
    JsFuture::from(query).await.ok()
}

/// A promise that stays pending until the function stored in `slot` is called.
fn held_until_released(slot: &RefCell<Option<Function>>) -> Promise {
    let mut resolver = None;
    let held = Promise::new(&mut |resolve, _| resolver = Some(resolve));
    *slot.borrow_mut() = resolver;
    held
}

impl Locks {
    /// `navigator.locks`, when the browser has it; starts learning this page's id.
    pub fn new(name: &'static str, weak: Shared) -> Option<Locks> {
        let api = web_sys::window()
            .and_then(|window| Reflect::get(&window.navigator(), &"locks".into()).ok())
            .filter(JsValue::is_object)?;
        let mut locks = Locks {
            api,
            name,
            weak,
            release: Rc::default(),
            queued: None,
            me: Rc::default(),
            identified: None,
            own_release: Rc::default(),
            closures: Vec::new(),
        };
        locks.identify();
        Some(locks)
    }

    fn identify(&mut self) {
        let own = format!(
            "{}.page.{:x}",
            self.name,
            (js_sys::Math::random() * 1e15) as u64
        );
        let slot = self.own_release.clone();
        let hold = Callback::new(move |_lock: JsValue| held_until_released(&slot).into());
        let requested = call(
            &self.api,
            "request",
            &Array::of2(&JsValue::from_str(&own), hold.as_ref()),
        );
        self.closures.push(hold);
        let Some(requested) = requested else {
            return;
        };
        if let Ok(requested) = requested.dyn_into::<Promise>() {
            // Refused where storage is blocked: the lock's own request says so; this one's
            // rejection must not go unhandled.
            spawn_local(async move {
                let _ = JsFuture::from(requested).await;
            });
        }
        let (api, me, weak) = (self.api.clone(), self.me.clone(), self.weak.clone());
        let identified = Promise::new(&mut |resolve, _| {
            let (api, me, weak, own) = (api.clone(), me.clone(), weak.clone(), own.clone());
            spawn_local(async move {
                if let Some(snapshot) = snapshot(&api).await {
                    let id = clients(&snapshot, "held", &own).into_iter().next();
                    // Only an id the election can carry in a message.
                    if let Some(id) = id.filter(|id| {
                        crate::election::Message::decode(&format!("yield:{id}")).is_some()
                    }) {
                        *me.borrow_mut() = Some(id.clone());
                        feed(&weak, Input::Identified(id));
                    }
                }
                let _ = resolve.call0(&JsValue::NULL);
            });
        });
        self.identified = Some(identified);
    }

    /// Requests the lock; the answer comes back as an input.
    pub fn request(&mut self, mode: LockMode) {
        let options = Object::new();
        let flag = match mode {
            LockMode::IfAvailable => Some("ifAvailable"),
            LockMode::Steal => Some("steal"),
            LockMode::Wait => None,
        };
        if let Some(flag) = flag {
            let _ = Reflect::set(&options, &flag.into(), &JsValue::TRUE);
        }
        if mode == LockMode::Wait
            && let Ok(controller) = AbortController::new()
        {
            let _ = Reflect::set(&options, &"signal".into(), &controller.signal());
            self.queued = Some(controller);
        }
        // Whether this request's lock was granted: a rejection then means it was taken away.
        let granted = Rc::new(std::cell::Cell::new(false));
        let on_grant = {
            let (weak, release, granted) =
                (self.weak.clone(), self.release.clone(), granted.clone());
            Callback::new(move |lock: JsValue| {
                if lock.is_null() {
                    feed(&weak, Input::LockUnavailable);
                    return JsValue::UNDEFINED;
                }
                if release.borrow().is_some() {
                    // This page holds the lock already: give this one back at once.
                    return JsValue::UNDEFINED;
                }
                granted.set(true);
                let held = held_until_released(&release);
                feed(&weak, Input::LockGranted(mode));
                held.into()
            })
        };
        let request = call(
            &self.api,
            "request",
            &Array::of3(&JsValue::from_str(self.name), &options, on_grant.as_ref()),
        )
        .and_then(|promise| promise.dyn_into::<Promise>().ok());
        self.closures.push(on_grant);
        let Some(request) = request else {
            // The browser refused the request outright (third-party storage blocked, …).
            feed(&self.weak, Input::LocksRefused);
            return;
        };
        let (weak, release) = (self.weak.clone(), self.release.clone());
        spawn_local(async move {
            if let Err(error) = JsFuture::from(request).await {
                let name = text(&error, "name").unwrap_or_default();
                if granted.get() {
                    // Taken from this page (stolen, or by the tab it stepped down for).
                    release.borrow_mut().take();
                    feed(&weak, Input::LockLost);
                } else if name != "AbortError" {
                    // Refused (a SecurityError where storage is blocked), not withdrawn.
                    feed(&weak, Input::LocksRefused);
                }
            }
        });
    }

    pub fn release(&mut self) {
        if let Some(release) = self.release.borrow_mut().take() {
            let _ = release.call0(&JsValue::NULL);
        }
    }

    pub fn abort_queued(&mut self) {
        if let Some(controller) = self.queued.take() {
            controller.abort();
        }
    }

    /// Queries the locks once this page's id is known, and hands the snapshot to `answer`.
    fn query(&self, answer: impl FnOnce(JsValue) + 'static) {
        let (api, identified) = (self.api.clone(), self.identified.clone());
        spawn_local(async move {
            if let Some(identified) = identified {
                let _ = JsFuture::from(identified).await;
            }
            if let Some(snapshot) = snapshot(&api).await {
                answer(snapshot);
            }
        });
    }

    /// Finds out whether the page holding the lock is this one.
    pub fn ask_holder(&self) {
        let (name, me, weak) = (self.name, self.me.clone(), self.weak.clone());
        self.query(move |snapshot| {
            let holder = clients(&snapshot, "held", name).into_iter().next();
            let this_page = holder.is_some() && holder == *me.borrow();
            feed(&weak, Input::Holder { this_page });
        });
    }

    /// Finds out whether `client` has a request in the lock's queue.
    pub fn ask_waiting(&self, client: ClientId) {
        let (name, weak) = (self.name, self.weak.clone());
        self.query(move |snapshot| {
            let waiting = clients(&snapshot, "pending", name).contains(&client);
            feed(&weak, Input::Waiting { client, waiting });
        });
    }
}

impl Drop for Locks {
    fn drop(&mut self) {
        self.release();
        self.abort_queued();
        if let Some(release) = self.own_release.borrow_mut().take() {
            let _ = release.call0(&JsValue::NULL);
        }
    }
}
