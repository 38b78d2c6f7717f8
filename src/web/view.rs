//! What the views need from the browser: the width an element has (for drawing to it), a
//! zooming wheel that leaves the plain wheel to the page, clicks swallowed after a drag, the
//! page's scroll position (kept while a story is on screen), where an element sits on screen
//! (to dock the detail sheet away from it), and full screen for one element. One module for
//! the browser and a stub for native builds, which never call them.

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::rc::Rc;

    use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    /// Keeps a resize observer working; dropping it disconnects it.
    pub struct WidthObserver {
        observer: web_sys::ResizeObserver,
        _report: Closure<dyn FnMut()>,
    }

    impl Drop for WidthObserver {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `on_width` with `outer`'s and `inner`'s widths in CSS pixels now and whenever
    /// either changes (not when both are zero, as in a hidden tab).
    pub fn observe_widths(
        outer: &yew::NodeRef,
        inner: &yew::NodeRef,
        on_width: impl Fn(f64, f64) + 'static,
    ) -> Option<WidthObserver> {
        let (outer, inner) = (
            outer.cast::<web_sys::Element>()?,
            inner.cast::<web_sys::Element>()?,
        );
        let (measured_outer, measured_inner) = (outer.clone(), inner.clone());
        let report = Closure::<dyn FnMut()>::new(move || {
            let (a, b) = (
                measured_outer.get_bounding_client_rect().width(),
                measured_inner.get_bounding_client_rect().width(),
            );
            if a > 0.0 || b > 0.0 {
                on_width(a, b);
            }
        });
        let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
        observer.observe(&outer);
        observer.observe(&inner);
        Some(WidthObserver {
            observer,
            _report: report,
        })
    }

    /// Zooms on Ctrl/⌘ + wheel (and a trackpad's pinch, which browsers send so) over
    /// `element`: `on_zoom(factor, anchor)` with the factor (above 1: in) and the pointer's place
    /// as a fraction of `element`'s width. A plain wheel is left to the page, which scrolls.
    pub fn listen_zoom_wheel(
        element: &yew::NodeRef,
        on_zoom: impl Fn(f64, f64) + 'static,
    ) -> Option<EventListener> {
        let el = element.cast::<web_sys::Element>()?;
        let measured = el.clone();
        Some(EventListener::new_with_options(
            &el,
            "wheel",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                if !(wheel.ctrl_key() || wheel.meta_key()) {
                    return;
                }
                wheel.prevent_default();
                let rect = measured.get_bounding_client_rect();
                let anchor = (f64::from(wheel.client_x()) - rect.left()) / rect.width().max(1.0);
                // A line of wheel is about 40 px; ten lines double or halve the window.
                let pixels = match wheel.delta_mode() {
                    1 => wheel.delta_y() * 40.0,
                    2 => wheel.delta_y() * 400.0,
                    _ => wheel.delta_y(),
                };
                on_zoom((-pixels / 400.0).exp2(), anchor);
            },
        ))
    }

    /// Swallows a click inside `element` (before any handler sees it) while `blocked` says so:
    /// the click a browser sends at the end of a drag.
    pub fn block_clicks(
        element: &yew::NodeRef,
        blocked: Rc<dyn Fn() -> bool>,
    ) -> Option<EventListener> {
        let el = element.cast::<web_sys::Element>()?;
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        Some(EventListener::new_with_options(
            &el,
            "click",
            options,
            move |event| {
                if blocked() {
                    event.stop_propagation();
                    event.prevent_default();
                }
            },
        ))
    }

    /// Keeps later pointer events of this pointer coming to the element that got this one,
    /// even when the pointer leaves it (a drag).
    pub fn capture_pointer(event: &web_sys::PointerEvent) {
        if let Some(el) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_pointer_capture(event.pointer_id());
        }
    }

    pub fn scroll_y() -> f64 {
        gloo::utils::window().scroll_y().unwrap_or(0.0)
    }

    pub fn scroll_to_y(y: f64) {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, y);
    }

    /// Scrolls to `y` once the page is tall enough to get there: a page coming back (from a
    /// slide) draws some of its graphics a task or two later, at their measured widths.
    pub fn scroll_back_to_y(y: f64) {
        fn attempt(y: f64, left: u32) {
            let window = gloo::utils::window();
            let room = gloo::utils::document()
                .document_element()
                .map(|e| f64::from(e.scroll_height()))
                .unwrap_or(0.0)
                - window
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
            window.scroll_to_with_x_and_y(0.0, y);
            if room < y && left > 0 {
                crate::web::in_next_task(move || attempt(y, left - 1));
            }
        }
        attempt(y, 60);
    }

    /// The screen's room above and below the element with this id, in CSS pixels (`None` when
    /// it is not on screen).
    pub fn room_around(id: &str) -> Option<(f64, f64)> {
        let el = gloo::utils::document().get_element_by_id(id)?;
        let rect = el.get_bounding_client_rect();
        let height = gloo::utils::window().inner_height().ok()?.as_f64()?;
        let on_screen = rect.bottom() > 0.0 && rect.top() < height && rect.height() > 0.0;
        on_screen.then(|| (rect.top().max(0.0), (height - rect.bottom()).max(0.0)))
    }

    /// Puts the element with this id in full screen, or takes the page out of it.
    pub fn toggle_fullscreen_of(id: &str) {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(el) = document.get_element_by_id(id) {
            let _ = el.request_fullscreen();
        }
    }

    /// Leaves full screen, if the page is in it.
    pub fn exit_fullscreen() {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::rc::Rc;

    pub struct WidthObserver;

    pub fn observe_widths(
        _: &yew::NodeRef,
        _: &yew::NodeRef,
        _: impl Fn(f64, f64) + 'static,
    ) -> Option<WidthObserver> {
        None
    }

    pub fn listen_zoom_wheel(_: &yew::NodeRef, _: impl Fn(f64, f64) + 'static) -> Option<()> {
        None
    }

    pub fn block_clicks(_: &yew::NodeRef, _: Rc<dyn Fn() -> bool>) -> Option<()> {
        None
    }

    pub fn capture_pointer(_: &web_sys::PointerEvent) {}

    pub fn scroll_y() -> f64 {
        0.0
    }

    pub fn scroll_to_y(_: f64) {}

    pub fn scroll_back_to_y(_: f64) {}

    pub fn room_around(_: &str) -> Option<(f64, f64)> {
        None
    }

    pub fn toggle_fullscreen_of(_: &str) {}

    pub fn exit_fullscreen() {}
}

#[cfg(target_arch = "wasm32")]
pub use browser::*;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
