//! The CPU renderer (feature `soft`, issue 20): the same [`eframe::App`] painted by a CPU
//! rasterizer (`raster`, adapted from egui_software_backend) into a `softbuffer` window, so that
//! no OpenGL driver — and on machines without GPU drivers, none of Mesa's LLVM — is loaded.
//!
//! A winit event loop with one window: egui-winit turns window events into egui input and
//! carries out the platform output (cursor, clipboard, IME area, opened links); repaint requests
//! from egui and from other threads wake the loop; the window's scale factor is egui's
//! pixels-per-point; AccessKit (screen readers) is wired as eframe does it. Not supported here:
//! child viewports, screenshots, and the eframe storage (the program uses none). Chosen with `--renderer cpu` or `CPMS_RENDERER=cpu`, and by main.rs where OpenGL could
//! only be a software renderer (`platform::only_software_opengl`).

mod raster;

use std::num::NonZeroU32;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Instant;

use egui_winit::winit::application::ApplicationHandler;
use egui_winit::winit::event::WindowEvent;
use egui_winit::winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, OwnedDisplayHandle};
use egui_winit::winit::window::{Window, WindowId};
use raster::{BufferMutRef, ColorFieldOrder, EguiSoftwareRender};

/// Why the CPU-painted window could not run.
#[derive(Debug, thiserror::Error)]
pub enum SoftError {
    #[error("the event loop could not start: {0}")]
    EventLoop(#[from] egui_winit::winit::error::EventLoopError),
    #[error("the window could not be created: {0}")]
    Window(#[from] egui_winit::winit::error::OsError),
    #[error("the pixel buffer failed ({0}): {1}")]
    Buffer(&'static str, softbuffer::SoftBufferError),
}

/// Set by `--renderer`: 0 not given, 1 gl, 2 cpu.
static RENDERER_FLAG: AtomicU8 = AtomicU8::new(0);

/// The renderer asked for on the command line (`--renderer cpu` or `--renderer gl`); it wins over
/// the environment.
pub fn choose(cpu: bool) {
    RENDERER_FLAG.store(if cpu { 2 } else { 1 }, Ordering::Relaxed);
}

/// Whether the CPU renderer was chosen: `--renderer cpu`, or else `CPMS_RENDERER=cpu` in the
/// environment.
pub fn chosen() -> bool {
    match RENDERER_FLAG.load(Ordering::Relaxed) {
        0 => std::env::var("CPMS_RENDERER").is_ok_and(|v| v.eq_ignore_ascii_case("cpu")),
        flag => flag == 2,
    }
}

/// What wakes the event loop besides window events.
enum UserEvent {
    /// A request from another thread (or from egui) to paint again at a given time.
    RepaintAt(Instant),
    /// A screen reader asks for the tree or for an action.
    AccessKit(egui_winit::accesskit_winit::Event),
}

impl From<egui_winit::accesskit_winit::Event> for UserEvent {
    fn from(event: egui_winit::accesskit_winit::Event) -> Self {
        UserEvent::AccessKit(event)
    }
}

/// Run `app` in a CPU-painted window built from `viewport` until it is closed.
pub fn run(viewport: egui::ViewportBuilder, app: Box<dyn eframe::App>) -> Result<(), SoftError> {
    let event_loop = EventLoop::<UserEvent>::with_user_event().build()?;
    let ctx = egui::Context::default();
    let proxy = event_loop.create_proxy();
    ctx.set_request_repaint_callback(move |info| {
        // The loop may already have ended: then nobody waits for the frame.
        let _ = proxy.send_event(UserEvent::RepaintAt(Instant::now() + info.delay));
    });
    let softbuffer = softbuffer::Context::new(event_loop.owned_display_handle())
        .map_err(|e| SoftError::Buffer("softbuffer::Context::new", e))?;
    let mut runner = Runner {
        ctx,
        viewport,
        app,
        frame: eframe::Frame::_new_kittest(),
        renderer: EguiSoftwareRender::new(ColorFieldOrder::Bgra),
        softbuffer,
        proxy: event_loop.create_proxy(),
        open: None,
        shown: false,
        pending: Vec::new(),
        info: egui::ViewportInfo::default(),
        repaint_at: None,
        error: None,
    };
    event_loop.run_app(&mut runner)?;
    match runner.error.take() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The open window and what paints into it.
struct Open {
    window: Rc<Window>,
    surface: softbuffer::Surface<OwnedDisplayHandle, Rc<Window>>,
    state: egui_winit::State,
}

struct Runner {
    ctx: egui::Context,
    viewport: egui::ViewportBuilder,
    app: Box<dyn eframe::App>,
    /// eframe's frame handle, without a graphics context: the program's `ui` does not use it.
    frame: eframe::Frame,
    renderer: EguiSoftwareRender,
    softbuffer: softbuffer::Context<OwnedDisplayHandle>,
    proxy: egui_winit::winit::event_loop::EventLoopProxy<UserEvent>,
    open: Option<Open>,
    /// The window starts hidden (AccessKit's adapter must exist before it is shown, and there is
    /// no blank flash) and is shown once its first frame is painted.
    shown: bool,
    /// Clipboard actions asked for by the last frame, given to the next one as input.
    pending: Vec<egui::Event>,
    info: egui::ViewportInfo,
    /// When egui last asked to be painted again (none: wait for input).
    repaint_at: Option<Instant>,
    /// The error that ended the loop, reported by [`run`].
    error: Option<SoftError>,
}

impl Runner {
    fn open(&mut self, event_loop: &ActiveEventLoop) -> Result<(), SoftError> {
        let hidden = self.viewport.clone().with_visible(false);
        let window = Rc::new(egui_winit::create_window(&self.ctx, event_loop, &hidden)?);
        let surface = softbuffer::Surface::new(&self.softbuffer, window.clone())
            .map_err(|e| SoftError::Buffer("softbuffer::Surface::new", e))?;
        let mut state = egui_winit::State::new(
            self.ctx.clone(),
            egui::ViewportId::ROOT,
            event_loop,
            Some(window.scale_factor() as f32),
            window.theme(),
            None,
        );
        state.init_accesskit(event_loop, &window, self.proxy.clone());
        egui_winit::update_viewport_info(&mut self.info, &self.ctx, &window, true);
        window.request_redraw();
        self.open = Some(Open { window, surface, state });
        Ok(())
    }

    /// Run the app for one frame and paint it. Returns whether the app asked to close.
    fn paint(&mut self) -> Result<bool, SoftError> {
        let Some(open) = self.open.as_mut() else { return Ok(false) };
        let size = open.window.inner_size();
        let (Some(width), Some(height)) = (NonZeroU32::new(size.width), NonZeroU32::new(size.height)) else {
            return Ok(false); // minimised: nothing to paint
        };
        open.surface.resize(width, height).map_err(|e| SoftError::Buffer("softbuffer::Surface::resize", e))?;

        let mut input = open.state.take_egui_input(&open.window);
        input.events.append(&mut self.pending);
        egui_winit::update_viewport_info(&mut self.info, &self.ctx, &open.window, false);
        input.viewports.insert(egui::ViewportId::ROOT, self.info.clone());
        self.info.events.clear();
        self.app.raw_input_hook(&self.ctx, &mut input);
        let (app, frame) = (&mut self.app, &mut self.frame);
        let output = self.ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        open.state.handle_platform_output(&open.window, output.platform_output);

        let mut close = false;
        for (id, viewport) in output.viewport_output {
            if id != egui::ViewportId::ROOT {
                continue; // one window only
            }
            let mut actions = Vec::new();
            egui_winit::process_viewport_commands(
                &self.ctx,
                &mut self.info,
                viewport.commands,
                &open.window,
                &mut actions,
            );
            for action in actions {
                match action {
                    egui_winit::ActionRequested::Cut => self.pending.push(egui::Event::Cut),
                    egui_winit::ActionRequested::Copy => self.pending.push(egui::Event::Copy),
                    egui_winit::ActionRequested::Paste => {
                        if let Some(text) = open.state.clipboard_text() {
                            self.pending.push(egui::Event::Paste(text));
                        }
                    }
                    _ => {} // screenshots, painting while hidden: not used by the program
                }
            }
            if !self.pending.is_empty() {
                self.repaint_at = Some(Instant::now());
            }
            close |= self.info.events.iter().any(|e| matches!(e, egui::ViewportEvent::Close));
            if viewport.repaint_delay != std::time::Duration::MAX {
                let at = Instant::now() + viewport.repaint_delay;
                self.repaint_at = Some(self.repaint_at.map_or(at, |t| t.min(at)));
            }
        }

        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        // The texture changes are applied by the renderer below, or lost with a failed frame;
        // either way they are done with (epaint checks that none is dropped unseen).
        let mut textures = output.textures_delta;
        let painted = (|| {
            let mut buffer =
                open.surface.buffer_mut().map_err(|e| SoftError::Buffer("softbuffer::Surface::buffer_mut", e))?;
            let mut target =
                BufferMutRef::new(bytemuck::cast_slice_mut(&mut buffer), width.get() as usize, height.get() as usize);
            self.renderer.render(&mut target, &primitives, &textures, output.pixels_per_point);
            buffer.present().map_err(|e| SoftError::Buffer("softbuffer::Buffer::present", e))
        })();
        textures.clear();
        painted?;
        if !self.shown {
            open.window.set_visible(true);
            self.shown = true;
        }
        Ok(close)
    }

    fn fail(&mut self, event_loop: &ActiveEventLoop, error: SoftError) {
        self.error = Some(error);
        event_loop.exit();
    }
}

impl ApplicationHandler<UserEvent> for Runner {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.open.is_none()
            && let Err(e) = self.open(event_loop)
        {
            self.fail(event_loop, e);
        }
    }

    fn user_event(&mut self, _event_loop: &ActiveEventLoop, event: UserEvent) {
        use egui_winit::accesskit_winit::WindowEvent as Ak;
        match event {
            UserEvent::RepaintAt(at) => self.repaint_at = Some(self.repaint_at.map_or(at, |t| t.min(at))),
            UserEvent::AccessKit(event) => {
                let Some(open) = self.open.as_mut() else { return };
                match event.window_event {
                    Ak::InitialTreeRequested => {
                        self.ctx.enable_accesskit();
                        open.window.request_redraw();
                    }
                    Ak::ActionRequested(request) => {
                        open.state.on_accesskit_action_request(request);
                        open.window.request_redraw();
                    }
                    Ak::AccessibilityDeactivated => self.ctx.disable_accesskit(),
                }
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        match event {
            WindowEvent::RedrawRequested => match self.paint() {
                Ok(true) => {
                    self.app.on_exit(None);
                    event_loop.exit();
                }
                Ok(false) => {}
                Err(e) => self.fail(event_loop, e),
            },
            WindowEvent::CloseRequested => {
                self.app.on_exit(None);
                event_loop.exit();
            }
            event => {
                let Some(open) = self.open.as_mut() else { return };
                let response = open.state.on_window_event(&open.window, &event);
                if response.repaint {
                    open.window.request_redraw();
                }
            }
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        match self.repaint_at {
            Some(at) if at <= Instant::now() => {
                self.repaint_at = None;
                if let Some(open) = &self.open {
                    open.window.request_redraw();
                }
                event_loop.set_control_flow(ControlFlow::Wait);
            }
            Some(at) => event_loop.set_control_flow(ControlFlow::WaitUntil(at)),
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}
