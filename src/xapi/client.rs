//! A small blocking client for the statements resource of an LRS (xAPI 1.0.3, HTTP basic auth),
//! on `ureq`. Plain `http://` always works; `https://` needs the `tls` cargo feature.

use super::statement::XAPI_VERSION;
use base64::Engine;
use serde_json::Value;
use std::time::Duration;

/// Credentials for HTTP basic authentication.
#[derive(Clone, PartialEq, Eq)]
pub struct Auth {
    pub user: String,
    pub password: String,
}

impl Auth {
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Self {
        Auth { user: user.into(), password: password.into() }
    }

    /// The `Authorization` header value.
    pub fn header(&self) -> String {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.user, self.password));
        format!("Basic {token}")
    }
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth").field("user", &self.user).field("password", &"***").finish()
    }
}

/// What the LRS made of a POST of statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostOutcome {
    /// 200 or 204: stored (statements already there with the same content count as stored).
    Stored,
    /// 409: a statement with one of these ids already exists with other content.
    Conflict(String),
    /// 400 or 422 (or 413): the LRS refused the content of the batch.
    Rejected(u16, String),
    /// The LRS refused the request itself (credentials, address): nothing will pass until fixed.
    Refused(String),
    /// The network failed or the LRS had trouble (5xx, timeout): try again later.
    Unavailable(String),
}

/// How long one request may take before the LRS counts as not answering.
pub const REQUEST_TIMEOUT_SECS: u64 = 30;

/// The statement ids of a JSON array of statements (what the LRS must answer with).
fn ids_in(body: &str) -> Vec<String> {
    serde_json::from_str::<Vec<Value>>(body)
        .map(|v| v.iter().filter_map(|s| s["id"].as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Whether a 200 answer to a POST is an LRS's: JSON holding exactly the ids that were sent. A
/// Wi-Fi login page or a proxy answers 200 with HTML: that stored nothing.
fn stored_ids_match(content_type: Option<&str>, text: &str, sent: &[String]) -> Result<(), String> {
    let json = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("json"));
    let answered: Option<Vec<String>> = serde_json::from_str(text).ok();
    let mut sent_sorted = sent.to_vec();
    sent_sorted.sort();
    match answered {
        // Some LRSs list only the statements they newly stored (the others were already there,
        // identical); every id they list must be one that was sent.
        Some(ids) if json => {
            if ids.iter().all(|id| sent_sorted.binary_search(id).is_ok()) {
                Ok(())
            } else {
                Err(format!("HTTP 200 naming statement ids that were not sent ({} ids)", ids.len()))
            }
        }
        _ => {
            let start: String = text.chars().filter(|c| !c.is_control()).take(60).collect();
            Err(format!("HTTP 200, {}: \"{start}\"", content_type.unwrap_or("no content type")))
        }
    }
}

/// The statements resource of one LRS.
pub struct Lrs {
    agent: ureq::Agent,
    endpoint: String,
    authorization: String,
}

impl Lrs {
    /// `endpoint` is the LRS's xAPI base address (statements are at `ENDPOINT/statements`).
    pub fn new(endpoint: &str, auth: &Auth) -> Result<Lrs, String> {
        let endpoint = endpoint.trim().trim_end_matches('/').to_string();
        let lower = endpoint.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) || endpoint.len() <= "https://".len() {
            return Err(format!(
                "'{endpoint}' is not an LRS address; give its xAPI endpoint, e.g. https://lrs.example.org/xAPI"
            ));
        }
        if lower.starts_with("https://") && !cfg!(feature = "tls") {
            return Err(format!(
                "this build of CPMS Player cannot use https ({endpoint}); build it with `--features tls`, or use an http:// address"
            ));
        }
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_global(Some(Duration::from_secs(REQUEST_TIMEOUT_SECS)))
            .user_agent(concat!("cpms-player/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Lrs { agent: config.into(), endpoint, authorization: auth.header() })
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint)
    }

    /// POST a JSON array of statements.
    pub fn post(&self, body: &str) -> PostOutcome {
        let url = self.statements_url();
        let response = self
            .agent
            .post(&url)
            .header("Authorization", &self.authorization)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Content-Type", "application/json")
            .send(body);
        let mut response = match response {
            Ok(r) => r,
            Err(ureq::Error::Timeout(_)) => {
                return PostOutcome::Unavailable(
                    crate::problem::Problem::new("xapi-timeout")
                        .num("seconds", REQUEST_TIMEOUT_SECS as f64)
                        .to_string(),
                );
            }
            Err(e) => return PostOutcome::Unavailable(format!("cannot reach the LRS at {url}: {e}")),
        };
        let status = response.status().as_u16();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
        let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_string);
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let detail = detail(&text);
        match status {
            204 => PostOutcome::Stored,
            200 => match stored_ids_match(content_type.as_deref(), &text, &ids_in(body)) {
                Ok(()) => PostOutcome::Stored,
                Err(what) => PostOutcome::Unavailable(
                    crate::problem::Problem::new("xapi-not-lrs").arg("detail", what).to_string(),
                ),
            },
            409 => PostOutcome::Conflict(detail),
            400 | 413 | 422 => PostOutcome::Rejected(status, detail),
            401 | 403 => PostOutcome::Refused(format!(
                "the LRS refused the credentials (HTTP {status}); check --user and --password: {detail}"
            )),
            404 | 405 => PostOutcome::Refused(format!(
                "no xAPI statements resource at {url} (HTTP {status}); check the endpoint address"
            )),
            300..=399 => PostOutcome::Refused(format!(
                "the LRS redirects {url} to {}; give that address as the endpoint",
                location.unwrap_or_else(|| "another address".into())
            )),
            500..=599 | 408 | 429 => PostOutcome::Unavailable(format!("the LRS answered HTTP {status}: {detail}")),
            _ => PostOutcome::Refused(format!("unexpected answer from the LRS: HTTP {status}: {detail}")),
        }
    }

    /// Whether the LRS holds a statement with this id whose content is `ours` (same actor, verb,
    /// object, result and time; the fields an LRS adds — stored, authority, version — aside).
    pub fn holds_same(&self, statement_id: &str, ours: &str) -> bool {
        let Ok(ours) = serde_json::from_str::<Value>(ours) else { return false };
        let response = self
            .agent
            .get(self.statements_url())
            .query("statementId", statement_id)
            .header("Authorization", &self.authorization)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .call();
        let Ok(mut response) = response else { return false };
        if response.status().as_u16() != 200 {
            return false;
        }
        let Ok(text) = response.body_mut().read_to_string() else { return false };
        let Ok(theirs) = serde_json::from_str::<Value>(&text) else { return false };
        let same = |path: &[&str]| {
            let get = |v: &Value| path.iter().try_fold(v, |v, k| v.get(*k)).cloned();
            get(&ours) == get(&theirs)
        };
        let time = |v: &Value| v["timestamp"].as_str().and_then(parse_ms);
        same(&["actor", "account"])
            && same(&["verb", "id"])
            && same(&["object", "id"])
            && same(&["result"])
            && time(&ours).is_some()
            && time(&ours) == time(&theirs)
    }

    /// GET statements matching `query` (xAPI query parameters), following `more` links.
    pub fn statements(&self, query: &[(&str, &str)]) -> Result<Vec<Value>, String> {
        let mut all = Vec::new();
        let mut request = self.agent.get(self.statements_url());
        for (k, v) in query {
            request = request.query(*k, *v);
        }
        let mut next = Some(request);
        while let Some(request) = next.take() {
            let mut response = request
                .header("Authorization", &self.authorization)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .call()
                .map_err(|e| format!("cannot reach the LRS at {}: {e}", self.endpoint))?;
            let status = response.status().as_u16();
            let text = response.body_mut().read_to_string().map_err(|e| e.to_string())?;
            if status != 200 {
                return Err(format!("the LRS answered HTTP {status}: {}", detail(&text)));
            }
            let page: Value = serde_json::from_str(&text).map_err(|e| format!("the LRS sent invalid JSON: {e}"))?;
            let statements = page["statements"].as_array().cloned().unwrap_or_default();
            let empty = statements.is_empty();
            all.extend(statements);
            if let Some(more) = page["more"].as_str().filter(|m| !m.is_empty() && !empty) {
                next = Some(self.agent.get(resolve(&self.endpoint, more)));
            }
        }
        Ok(all)
    }
}

/// An ISO 8601 UTC time ("2026-11-25T10:00:00.123Z", "+00:00" also) as unix milliseconds.
fn parse_ms(t: &str) -> Option<i64> {
    let t = t.trim_end_matches('Z').trim_end_matches("+00:00");
    let (date, time) = t.split_once('T')?;
    let mut d = date.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let (hms, frac) = time.split_once('.').unwrap_or((time, "0"));
    let mut h = hms.split(':').map(|x| x.parse::<i64>().ok());
    let (hh, mm, ss) = (h.next()??, h.next()??, h.next()??);
    let ms: i64 = format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?;
    // Days from the civil date (Howard Hinnant's algorithm).
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + hh) * 60 + mm) * 60_000 + ss * 1000 + ms)
}

/// Resolve a `more` link (absolute, or a path on the LRS host) against the endpoint.
pub fn resolve(endpoint: &str, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        return more.to_string();
    }
    let after_scheme = endpoint.find("://").map_or(0, |i| i + 3);
    let origin_end = endpoint[after_scheme..].find('/').map_or(endpoint.len(), |i| after_scheme + i);
    if more.starts_with('/') {
        format!("{}{more}", &endpoint[..origin_end])
    } else {
        format!("{}/{more}", endpoint.trim_end_matches('/'))
    }
}

/// The message in an LRS error body (`detail`, `message` or `error`), or the body itself, short.
fn detail(body: &str) -> String {
    let from_json = serde_json::from_str::<Value>(body).ok().and_then(|v| {
        ["detail", "message", "error"].iter().find_map(|k| match &v[*k] {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
    });
    let text = from_json.unwrap_or_else(|| body.trim().to_string());
    if text.is_empty() {
        return "no details".into();
    }
    let mut short: String = text.chars().take(300).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth_header() {
        assert_eq!(Auth::new("Aladdin", "open sesame").header(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert!(!format!("{:?}", Auth::new("u", "secret")).contains("secret"));
    }

    #[test]
    fn more_links_resolve_against_the_host() {
        assert_eq!(resolve("http://h:8100/xAPI", "/xAPI/statements?x=1"), "http://h:8100/xAPI/statements?x=1");
        assert_eq!(resolve("http://h:8100", "/xAPI/statements"), "http://h:8100/xAPI/statements");
        assert_eq!(resolve("http://h/xAPI", "https://o/s?m=2"), "https://o/s?m=2");
    }

    #[test]
    fn bad_endpoints_are_explained() {
        let auth = Auth::new("u", "p");
        assert!(Lrs::new("lrs.example.org", &auth).err().unwrap().contains("not an LRS address"));
        assert!(Lrs::new("http://127.0.0.1:8100/xAPI/", &auth).is_ok());
        let https = Lrs::new("https://lrs.example.org/xAPI", &auth);
        if cfg!(feature = "tls") {
            assert!(https.is_ok());
        } else {
            assert!(https.err().unwrap().contains("--features tls"));
        }
    }

    #[test]
    fn error_details_are_read_from_json() {
        assert_eq!(detail(r#"{"detail":"Differing statements"}"#), "Differing statements");
        assert_eq!(detail(""), "no details");
    }
}
