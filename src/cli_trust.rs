//! Command line for keys and trust: `org create|enrol|revoke` and `trust show|export|import`.
//! Messages come from the Fluent files (assets/i18n) in the `--lang` language.

use crate::cli::{OrgAction, TrustAction};
use anyhow::{Context, Result, bail};
use cpms_player::certificate::iso_date;
use cpms_player::i18n::Tr;
use cpms_player::progress::{Store, now_ms};
use cpms_player::trust::{TrustList, key_id, key_text, parse_key};

pub fn org_command(store: &Store, action: &OrgAction, tr: &Tr) -> Result<i32> {
    match action {
        OrgAction::Create { name } => {
            let org = store.create_organisation(name)?;
            println!("{}", tr.ta("trust-org-created", &[("name", org.name.as_str().into()), ("id", org.id().into())]));
        }
        OrgAction::Enrol { key, name } => {
            let Some((org_key, mut org)) = store.organisation_key()? else { bail!(tr.t("trust-no-org")) };
            let device = if key == "this" {
                store.device_key()?.verifying_key()
            } else {
                parse_key(key).map_err(anyhow::Error::msg)?
            };
            let name = name.trim();
            if name.is_empty() {
                bail!(tr.t("trust-laptop-name-empty"));
            }
            org.enrol(&org_key, &device, name, now_ms());
            store.save_organisation(&org)?;
            println!(
                "{}",
                tr.ta(
                    "trust-enrolled",
                    &[("name", name.into()), ("id", key_id(&device).into()), ("org", org.name.as_str().into())]
                )
            );
        }
        OrgAction::Revoke { laptop } => {
            let Some((org_key, mut org)) = store.organisation_key()? else { bail!(tr.t("trust-no-org")) };
            let Some(found) = org.devices.iter().find(|d| d.name == *laptop || d.device_key == *laptop).cloned() else {
                bail!(tr.ta("trust-no-such-laptop", &[("laptop", laptop.into()), ("org", org.name.as_str().into())]));
            };
            let device = parse_key(&found.device_key).map_err(anyhow::Error::msg)?;
            org.revoke(&org_key, &device, now_ms());
            store.save_organisation(&org)?;
            println!(
                "{}",
                tr.ta("trust-revoked", &[("name", found.name.as_str().into()), ("org", org.name.as_str().into())])
            );
        }
    }
    Ok(0)
}

pub fn trust_command(store: &Store, action: &TrustAction, tr: &Tr) -> Result<i32> {
    match action {
        TrustAction::Show => {
            let me = store.device_key()?.verifying_key();
            println!("{}", tr.ta("trust-this-laptop", &[("key", key_text(&me).into()), ("id", key_id(&me).into())]));
            let list = store.trust_list()?;
            if list.organisations.is_empty() {
                println!("{}", tr.t("trust-empty"));
            }
            for org in &list.organisations {
                println!(
                    "{}",
                    tr.ta(
                        "trust-organisation",
                        &[
                            ("name", org.name.as_str().into()),
                            ("id", org.id().into()),
                            ("devices", org.devices.len().into()),
                            ("revoked", org.revocations.len().into())
                        ]
                    )
                );
                for d in &org.devices {
                    let id = parse_key(&d.device_key).map(|k| key_id(&k)).unwrap_or_default();
                    let revoked = org.revoked_at(&d.device_key).map(iso_date).unwrap_or_else(|| "none".into());
                    println!(
                        "  {}",
                        tr.ta(
                            "trust-device-line",
                            &[
                                ("name", d.name.as_str().into()),
                                ("id", id.into()),
                                ("date", iso_date(d.enrolled_at).into()),
                                ("revoked", revoked.into())
                            ]
                        )
                    );
                }
            }
        }
        TrustAction::Export { out } => {
            let list = store.trust_list()?;
            std::fs::write(out, list.to_json()).with_context(|| format!("cannot write {}", out.display()))?;
            println!(
                "{}",
                tr.ta(
                    "trust-exported",
                    &[("path", out.display().to_string().into()), ("count", list.organisations.len().into())]
                )
            );
        }
        TrustAction::Import { file } => {
            let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
            let list = TrustList::parse(&text).map_err(|e| {
                anyhow::anyhow!(
                    tr.ta("trust-file-invalid", &[("path", file.display().to_string().into()), ("problem", e.into())])
                )
            })?;
            let added = store.import_trust(&list)?;
            println!(
                "{}",
                tr.ta("trust-imported", &[("added", added.into()), ("path", file.display().to_string().into())])
            );
        }
    }
    Ok(0)
}
