#!/usr/bin/env python3
"""Static checks of the deployment files, run by bin/test (no container, no network):
promtool on the Prometheus config, the alert rules and their unit tests; every dashboard query is
valid PromQL (promtool, as throw-away recording rules); every runbook_url names a section of
docs/RUNBOOKS.md; docker-compose validates the compose file; the Kubernetes manifests parse and
every probe, the image's HEALTHCHECK and the proxy's health check ask routes the agent serves."""
import glob, json, os, re, subprocess, sys, tempfile
import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DOCKER = os.path.join(ROOT, "docker")
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def run(*cmd, env=None):
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    check(result.returncode == 0, " ".join(cmd) + " failed:\n" + result.stdout + result.stderr)


def served_routes():
    """Top-level paths of the agent's HTTP routes, from the route classes' sources."""
    routes = set()
    for f in glob.glob(os.path.join(ROOT, "agent-http/src/main/java/**/routes/*.java"), recursive=True):
        routes |= {"/" + p for p in re.findall(r'path(?:Prefix)?\("([a-z0-9-]+)"', open(f).read())}
    return routes


def prometheus():
    prom = os.path.join(DOCKER, "prometheus")
    run("promtool", "check", "config", os.path.join(prom, "prometheus.yml"))
    run("promtool", "check", "rules", os.path.join(prom, "alerts.yml"))
    run("promtool", "test", "rules", os.path.join(prom, "alerts.test.yml"))
    rules = yaml.safe_load(open(os.path.join(prom, "alerts.yml")))
    headings = {re.sub(r"[^a-z0-9 -]", "", h.strip().lower()).replace(" ", "-")
                for h in re.findall(r"^## (.+)$", open(os.path.join(ROOT, "docs/RUNBOOKS.md")).read(), re.M)}
    for group in rules["groups"]:
        for rule in group["rules"]:
            url = rule.get("annotations", {}).get("runbook_url", "")
            check(url.startswith("docs/RUNBOOKS.md#") and url.split("#")[1] in headings,
                  f"{rule['alert']}: runbook_url {url!r} names no section of docs/RUNBOOKS.md")
            check(rule.get("labels", {}).get("severity") and rule["annotations"].get("summary"),
                  f"{rule['alert']}: needs a severity and a summary")


def dashboards():
    exprs = []
    for f in sorted(glob.glob(os.path.join(DOCKER, "grafana/dashboards/*.json"))):
        board = json.load(open(f))
        check(board.get("uid") and board.get("title"), f"{f}: no uid or title")
        for panel in board["panels"]:
            targets = panel.get("targets", [])
            check(targets, f"{f}: panel {panel.get('title')!r} has no query")
            exprs += [t["expr"] for t in targets]
    check(len(exprs) > 20, "dashboards not found")
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as tmp:
        yaml.safe_dump({"groups": [{"name": "dashboards", "rules": [
            {"record": f"dashboard:panel_{i}", "expr": e} for i, e in enumerate(exprs)]}]}, tmp)
    run("promtool", "check", "rules", tmp.name)
    os.unlink(tmp.name)


def compose():
    with tempfile.TemporaryDirectory() as tmp:
        env_file = os.path.join(tmp, "trial.env")
        run(os.path.join(DOCKER, "make-env.sh"), "trial", env_file)
        run("docker-compose", "-f", os.path.join(DOCKER, "docker-compose.yml"), "config", "-q",
            env=dict(os.environ, AGENT_ENV_FILE=env_file))


def kubernetes(routes):
    k8s = os.path.join(DOCKER, "kubernetes")
    containers = 0
    for f in sorted(glob.glob(os.path.join(k8s, "**/*.yaml"), recursive=True)):
        for doc in yaml.safe_load_all(open(f)):
            check(isinstance(doc, dict) and doc.get("kind") or doc.get("resources"), f"{f}: not a manifest")
            if os.path.basename(f) == "kustomization.yaml":
                here = os.path.dirname(f)
                for r in doc.get("resources", []):
                    check(os.path.exists(os.path.join(here, r)), f"{f}: resource {r} missing")
                for gen in doc.get("secretGenerator", []) + doc.get("configMapGenerator", []):
                    for e in gen.get("envs", []):
                        # secrets.env is made per environment and never committed: its template must exist
                        check(os.path.exists(os.path.join(here, e if e != "secrets.env" else e + ".example")),
                              f"{f}: {e} missing")
            spec = (doc.get("spec") or {}).get("template", {}).get("spec", {}) if isinstance(doc, dict) else {}
            for c in spec.get("containers", []):
                containers += 1
                for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                    path = c.get(probe, {}).get("httpGet", {}).get("path")
                    check(path in routes, f"{f}: {c['name']} {probe} asks {path}, not a route the agent serves ({sorted(routes)})")
                check(c.get("readinessProbe") and c.get("livenessProbe"), f"{f}: {c['name']} needs both probes")
    check(containers > 0, "no container in the Kubernetes manifests")


def images(routes):
    health = re.search(r"HEALTHCHECK[^\n]*\n\s*CMD curl -fsS http://127.0.0.1:8080(/\S+)", open(os.path.join(DOCKER, "Dockerfile")).read())
    check(health and health.group(1) in routes, "Dockerfile HEALTHCHECK must ask a route the agent serves")
    proxy = re.search(r"health_uri (\S+)", open(os.path.join(DOCKER, "proxy/Caddyfile")).read())
    check(proxy and proxy.group(1) in routes, "Caddyfile health_uri must ask a route the agent serves")


routes = served_routes()
prometheus()
dashboards()
compose()
kubernetes(routes)
images(routes)
if failures:
    print("\n".join("FAIL " + f for f in failures), file=sys.stderr)
    sys.exit(1)
print("deployment files: rules, rule tests, dashboards, runbook links, compose, manifests and probes OK")
