//! The pictures a document shows, as image XObjects with fixed names.

use std::collections::BTreeMap;

use printpdf::{DictItem, ExternalStream, ExternalXObject, PdfDocument, XObject, XObjectId};

use crate::image::{Image, ImageData};

/// Adds `images` to `doc`, the `i`-th by the name [`image_id`] gives it.
pub(super) fn embed(doc: &mut PdfDocument, images: &[Image]) {
    for (i, image) in images.iter().enumerate() {
        doc.resources
            .xobjects
            .map
            .insert(image_id(i), XObject::External(image_xobject(image)));
    }
}

/// Fixed resource name of the `i`-th image, for reproducible output.
pub(super) fn image_id(i: usize) -> XObjectId {
    XObjectId(format!("IMG{i}"))
}

/// An image XObject: a JPEG as it is, pixels deflated later with the other
/// streams, transparency as a soft mask.
fn image_xobject(image: &Image) -> ExternalXObject {
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let mut dict = BTreeMap::from([
        ("Type".to_owned(), name("XObject")),
        ("Subtype".to_owned(), name("Image")),
        ("Width".to_owned(), DictItem::Int(i64::from(image.width))),
        ("Height".to_owned(), DictItem::Int(i64::from(image.height))),
        ("BitsPerComponent".to_owned(), DictItem::Int(8)),
    ]);
    let content = match &image.data {
        ImageData::Jpeg { bytes, components } => {
            let space = match components {
                1 => "DeviceGray",
                _ => "DeviceRGB",
            };
            dict.insert("ColorSpace".into(), name(space));
            dict.insert("Filter".into(), name("DCTDecode"));
            bytes.clone()
        }
        ImageData::Pixels { color, gray, alpha } => {
            dict.insert(
                "ColorSpace".into(),
                name(if *gray { "DeviceGray" } else { "DeviceRGB" }),
            );
            if let Some(alpha) = alpha {
                let mask = BTreeMap::from([
                    ("Type".to_owned(), name("XObject")),
                    ("Subtype".to_owned(), name("Image")),
                    ("Width".to_owned(), DictItem::Int(i64::from(image.width))),
                    ("Height".to_owned(), DictItem::Int(i64::from(image.height))),
                    ("BitsPerComponent".to_owned(), DictItem::Int(8)),
                    ("ColorSpace".to_owned(), name("DeviceGray")),
                ]);
                dict.insert(
                    "SMask".into(),
                    DictItem::Stream {
                        stream: ExternalStream {
                            dict: mask,
                            content: alpha.clone(),
                            compress: true,
                        },
                    },
                );
            }
            color.clone()
        }
    };
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress: false,
        },
        width: None,
        height: None,
        dpi: None,
    }
}
