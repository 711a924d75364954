// The pane's shell: theme from the host, language, one h1, the top navigation and the current view.
// View state is a plain string, no router (Office.js nulls history.pushState).
import { Component, Suspense, lazy, startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Host, ThemeKind } from "../host";
import {
  LANGUAGES,
  toSalesforceLanguage,
  toUiLanguage,
  UNEXPLAINED_CAUSE,
  type CauseId,
  type Diagnosis,
  type SalesforceLanguage,
  type UiLanguage,
} from "../engine";
import { I18nProvider, loadViewTexts, useI18n } from "./i18n";
import { LiveRegion } from "./announce";
import { Nav, type NavTarget, type View } from "./components/Nav";
import { SeeView } from "./views/SeeView";
import { CauseView } from "./views/CauseView";
import { SignInView } from "./views/SignInView";

const THEMES = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

// The opening view ships in the first bundle; every other view loads when first opened (the logs view
// brings the file picker, the worker client and more Fluent controls; admin mode is for the few who test).
// Each waits for the views' texts too (loadViewTexts), which are not part of the first language chunk.
const withTexts = <T,>(view: Promise<T>) => Promise.all([view, loadViewTexts()]).then(([m]) => m);
const AdminView = lazy(() => withTexts(import(/* webpackChunkName: "admin" */ "./views/AdminView")));
const LogsView = lazy(() => withTexts(import(/* webpackChunkName: "logs" */ "./views/LogsView")).then((m) => ({ default: m.LogsView })));
const ResultView = lazy(() =>
  withTexts(import(/* webpackChunkName: "result" */ "./views/ResultView")).then((m) => ({ default: m.ResultView })),
);
const AskAdminView = lazy(() =>
  withTexts(import(/* webpackChunkName: "ask" */ "./views/AskAdminView")).then((m) => ({ default: m.AskAdminView })),
);

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, minWidth: 0 },
  lang: {
    maxWidth: "50%",
    flexShrink: 0,
    minHeight: "24px",
    paddingInline: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  main: { paddingBlockEnd: tokens.spacingVerticalXXL },
});

/** SFO speaks the Salesforce language of the user; we take it from the display language unless the user picked another pane language. */
function salesforceLanguageFor(displayLanguage: string, lang: UiLanguage): SalesforceLanguage | null {
  return toUiLanguage(displayLanguage) === lang ? toSalesforceLanguage(displayLanguage) : toSalesforceLanguage(lang);
}

/** A view that throws (or a chunk that fails to load) shows a message; the navigation stays usable. */
class ViewBoundary extends Component<{ view: View; message: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  // Kept across views (no key) so a lazy view's Suspense is not remounted; a new view clears the error.
  componentDidUpdate(prev: { view: View }) {
    if (prev.view !== this.props.view && this.state.failed) this.setState({ failed: false });
  }
  render() {
    return this.state.failed ? (
      <MessageBar intent="error">
        <MessageBarBody>{this.props.message}</MessageBarBody>
      </MessageBar>
    ) : (
      this.props.children
    );
  }
}

// A native <select> (not Fluent's Select, which would add about 3 KiB gzip to the first bundle) styled
// with Fluent's tokens; each option names its language in itself, marked with its own lang.
function LanguageSwitcher() {
  const styles = useStyles();
  const { t, lang, setLang } = useI18n();
  return (
    <select className={styles.lang} aria-label={t("ui.lang.label")} value={lang} onChange={(e) => setLang(e.target.value as UiLanguage)}>
      {LANGUAGES.map((l) => (
        <option key={l.id} value={l.id} lang={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

function Shell({ host }: { host: Host }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [view, setView] = useState<View>("see");
  const [cause, setCause] = useState<CauseId | null>(null);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [back, setBack] = useState<View>("see");
  const mainRef = useRef<HTMLElement>(null);
  const navigated = useRef(false);

  const go = (next: View) => {
    navigated.current = true;
    setBack(view);
    // A transition keeps the current view on screen while a lazy view loads, instead of a spinner that
    // React then holds for 300 ms (measured: it was the whole gap after the progress bar reached 100 %).
    startTransition(() => setView(next));
  };

  // After a navigation, move focus to the new view's heading so keyboard and screen-reader users land
  // at its start. A lazily loaded view has no heading for a few frames, so look again for a short while.
  useEffect(() => {
    if (!navigated.current) return;
    // A new view starts at its top (the next step is on its first screen), not where the last one was scrolled to.
    const page = document.scrollingElement ?? document.documentElement;
    page.scrollTop = 0;
    let frames = 0;
    let handle = 0;
    const focusHeading = () => {
      const h = mainRef.current?.querySelector<HTMLElement>("h2");
      if (h) {
        if (!h.hasAttribute("tabindex")) h.setAttribute("tabindex", "-1");
        h.focus();
      } else if (frames++ < 120) handle = requestAnimationFrame(focusHeading);
    };
    focusHeading(); // a view already loaded has its heading now: focus it in the same task
    return () => cancelAnimationFrame(handle);
  }, [view]);

  const sfLang = salesforceLanguageFor(host.displayLanguage, lang);
  const pickCause = (c: CauseId) => {
    setCause(c);
    setDiagnosis(null);
    go("cause");
  };
  const signInFor = (c: CauseId) => {
    setCause(c);
    setDiagnosis(null);
    go("signin");
  };
  const onResult = (d: Diagnosis) => {
    setDiagnosis(d);
    setCause(d.cause);
    go("result");
  };

  let content;
  switch (view) {
    case "see":
      content = <SeeView salesforceLang={sfLang} onCause={pickCause} onSignIn={signInFor} onCheckLogs={() => go("logs")} />;
      break;
    case "cause":
      content = (
        <CauseView
          cause={cause ?? UNEXPLAINED_CAUSE}
          onSignIn={() => go("signin")}
          onAskAdmin={() => go("ask")}
          onCheckLogs={() => go("logs")}
        />
      );
      break;
    case "signin":
      content = <SignInView cause={cause} diagnosis={diagnosis} onCheckLogs={() => go("logs")} onAskAdmin={() => go("ask")} />;
      break;
    case "logs":
      content = <LogsView onResult={onResult} />;
      break;
    case "result":
      content = diagnosis ? (
        <ResultView diagnosis={diagnosis} onSignIn={() => go("signin")} onAskAdmin={() => go("ask")} onCheckAgain={() => go("logs")} />
      ) : (
        <LogsView onResult={onResult} />
      );
      break;
    case "ask":
      content = (
        <AskAdminView
          host={host}
          diagnosis={diagnosis}
          cause={cause ?? diagnosis?.cause ?? null}
          onBack={() => go(back === "ask" ? "see" : back)}
        />
      );
      break;
    case "admin":
      content = <AdminView />;
      break;
  }

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {t("ui.app.title")}
        </Subtitle1>
        <LanguageSwitcher />
      </header>
      <Nav view={view} onNavigate={(v: NavTarget) => go(v)} />
      <main ref={mainRef} className={styles.main}>
        <ViewBoundary view={view} message={t("ui.viewFailed")}>
          <Suspense fallback={<Spinner size="small" label={t("ui.loading")} />}>{content}</Suspense>
        </ViewBoundary>
      </main>
      <LiveRegion />
    </div>
  );
}

/** The page behind the pane takes the theme's background, so no white frame shows around a dark pane. */
function usePageBackground(theme: ThemeKind): void {
  useEffect(() => {
    const root = document.documentElement;
    root.style.backgroundColor = THEMES[theme].colorNeutralBackground1;
    root.style.colorScheme = theme === "light" ? "light" : "dark";
  }, [theme]);
}

export function App({ host }: { host: Host }) {
  const styles = useStyles();
  usePageBackground(host.theme);
  return (
    <FluentProvider theme={THEMES[host.theme]} className={styles.provider}>
      <I18nProvider displayLanguage={host.displayLanguage} memory={host}>
        <Shell host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}
