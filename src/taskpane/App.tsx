import { FluentProvider, Title2, webLightTheme, webDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";
import type { Host } from "../host";

const THEMES = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

export function App({ host }: { host: Host }) {
  return (
    <FluentProvider theme={THEMES[host.theme]}>
      <main>
        <Title2 as="h1">SFO Sign-in Doctor</Title2>
      </main>
    </FluentProvider>
  );
}
