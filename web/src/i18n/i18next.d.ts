import "i18next";
import type nl from "./nl.json";

// Typed keys: `t("nav.mapp")` is a type error, not a blank label.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof nl };
  }
}
