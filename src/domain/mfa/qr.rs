//! The QR code the console shows for a virtual MFA device, drawn as inline SVG so
//! it scales crisply and needs no canvas or image file.

use qrcodegen::{QrCode, QrCodeEcc};

/// Scanners need a light margin of four modules around the symbol (ISO/IEC 18004).
pub const QUIET_ZONE: i32 = 4;

/// An `<svg>` with a `viewBox` in module units, a white background (so the code
/// still scans on a dark theme) and one `<path>` for the dark modules. Size,
/// `role` and the accessible name are the caller's.
///
/// Error correction is at least level M, which survives the glare and moiré of a
/// phone camera pointed at a screen; the library raises it when that costs no
/// extra size. `None` if the text is too long for any QR code (about 2.3 kB).
pub fn qr_svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per horizontal run keeps the path a fraction of the
            // one-square-per-module size.
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{},{}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    let full = size + 2 * QUIET_ZONE;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" \
         shape-rendering=\"crispEdges\">\
         <rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mfa::seed::{otpauth_uri, SEED_BYTES};

    fn view_box(svg: &str) -> &str {
        let start = svg.find("viewBox=\"").unwrap() + 9;
        let end = start + svg[start..].find('"').unwrap();
        &svg[start..end]
    }

    /// Dark modules drawn by the path, from its `M x,y h run` commands.
    fn dark_modules(svg: &str) -> Vec<(i32, i32)> {
        let start = svg.find(" d=\"").unwrap() + 4;
        let end = start + svg[start..].find('"').unwrap();
        svg[start..end]
            .split('M')
            .filter(|c| !c.is_empty())
            .flat_map(|command| {
                let (xy, rest) = command.split_once('h').unwrap();
                let (x, y) = xy.split_once(',').unwrap();
                let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
                let run: i32 = rest.split_once('v').unwrap().0.parse().unwrap();
                assert_eq!(rest, format!("{run}v1h-{run}z"));
                (x..x + run).map(move |x| (x, y))
            })
            .collect()
    }

    #[test]
    fn the_otpauth_uri_of_a_virtual_device_is_a_version_9_symbol() {
        // 178 bytes: version 9 holds up to 180 bytes at level M.
        let uri = otpauth_uri(
            "root-account-mfa-device",
            "123456789012",
            &[0xa5; SEED_BYTES],
        );
        assert_eq!(uri.len(), 178);
        let svg = qr_svg(&uri).unwrap();
        let qr = QrCode::encode_text(&uri, QrCodeEcc::Medium).unwrap();
        assert_eq!(qr.version().value(), 9);
        assert_eq!(qr.size(), 53);
        assert_eq!(view_box(&svg), "0 0 61 61");

        let drawn = dark_modules(&svg);
        let expected: Vec<(i32, i32)> = (0..53)
            .flat_map(|y| (0..53).map(move |x| (x, y)))
            .filter(|&(x, y)| qr.get_module(x, y))
            .map(|(x, y)| (x + 4, y + 4))
            .collect();
        assert_eq!(drawn, expected);
    }

    #[test]
    fn the_svg_is_one_well_formed_element_with_one_path() {
        let svg = qr_svg("HELLO WORLD").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" "));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<path ").count(), 1);
        assert_eq!(svg.matches('<').count(), 4);
        assert_eq!(svg.matches("/>").count(), 2);
        // Version 1 is 21 modules; the finder pattern's corner is at the quiet zone.
        assert_eq!(view_box(&svg), "0 0 29 29");
        assert!(dark_modules(&svg).contains(&(4, 4)));
        assert!(!svg.contains("role="));
    }

    #[test]
    fn text_too_long_for_any_qr_code_gives_none() {
        assert!(qr_svg(&"x".repeat(3000)).is_none());
        assert!(qr_svg("").is_some());
    }
}
