//! Hears the cockpit's facts (`crate::state::Fact`): every one the reducer returns, in order,
//! as it is dispatched, for as long as the component is there. The sink is the one of the
//! latest render (it may read what the component holds now); it is subscribed once.

use yew::prelude::*;

use crate::state::Fact;
use crate::web::context::use_cockpit;
use crate::web::hooks::use_latest;

#[hook]
pub fn use_facts(sink: impl Fn(&Fact) + 'static) {
    let hub = use_cockpit().dispatch.hub().clone();
    let latest = use_latest(std::rc::Rc::new(sink) as std::rc::Rc<dyn Fn(&Fact)>);
    use_effect_with((), move |_| {
        let subscription = hub.subscribe(move |fact| {
            let sink = latest.borrow().clone();
            sink(fact);
        });
        move || drop(subscription)
    });
}
