//! Preview a course figure as CPMS Player draws it: `cargo run --example render_figure --
//! media/x.svg 900 out.ppm` writes a PPM picture (on white) at 900 pixels wide; convert it with
//! `pnmtopng out.ppm > out.png`. For authors of figures (tools/figures.py).

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, svg, width, out] = args.as_slice() else {
        return Err("usage: render_figure FIGURE.svg WIDTH OUT.ppm".into());
    };
    let figure = cpms_player::figure::Figure::parse(&std::fs::read(svg)?)?;
    let raster = figure.render(width.parse()?).ok_or("the figure cannot be drawn at that width")?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    write!(file, "P6\n{} {}\n255\n", raster.width, raster.height)?;
    for p in raster.rgba.chunks(4) {
        // Premultiplied alpha over white.
        let white = 255 - u16::from(p[3]);
        file.write_all(&[0, 1, 2].map(|i| (u16::from(p[i]) + white).min(255) as u8))?;
    }
    Ok(())
}
