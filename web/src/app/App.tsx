import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { LanguageSync } from '../i18n/LanguageSync';
import { AppLayout } from '../layout/AppLayout';
import { PageFallback } from './PageFallback';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { COMPARE_PATH, PARTY_PATH, PLACES, type PlaceId } from './places';
import { RouteFocus } from './RouteFocus';

// Each place is its own chunk, so the first page stays light (Leaflet and
// Cytoscape load only with the view that needs them).
const PAGES: Record<PlaceId, ComponentType> = {
  map: lazy(() => import('../map/MapPage').then((m) => ({ default: m.MapPage }))),
  network: lazy(() => import('../network/NetworkPage').then((m) => ({ default: m.NetworkPage }))),
  overlap: lazy(() => import('../overlap/OverlapPage').then((m) => ({ default: m.OverlapPage }))),
  tables: lazy(() => import('../tables/TablesPage').then((m) => ({ default: m.TablesPage }))),
};

/** A page outside the main menu, loaded when first opened. */
const lazyPage = (load: () => Promise<ComponentType>) => {
  const Page = lazy(() => load().then((c) => ({ default: c })));
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
};

// Pages reached from links (a party, a comparison, a record) or from the account menu, not from the main menu.
const LINKED_ROUTES: [string, () => Promise<ComponentType>][] = [
  [PARTY_PATH, () => import('../party/PartyPage').then((m) => m.PartyPage)],
  [COMPARE_PATH, () => import('../compare/ComparePage').then((m) => m.ComparePage)],
  ['/inloggen', () => import('../living/SignInPage').then((m) => m.SignInPage)],
  ['/wachtwoord', () => import('../living/PasswordPage').then((m) => m.PasswordPage)],
  ['/wijzigingen', () => import('../living/ChangesPage').then((m) => m.ChangesPage)],
  ['/voorstellen', () => import('../living/ReviewPage').then((m) => m.ReviewPage)],
  ['/importeren', () => import('../living/ImportPage').then((m) => m.ImportPage)],
  ['/gegevens/:kind/:id', () => import('../living/RecordPage').then((m) => m.RecordPage)],
];
const LINKED_ELEMENTS = LINKED_ROUTES.map(([path, load]) => [path, lazyPage(load)] as const);

export function App() {
  return (
    <>
      <LanguageSync />
      <RouteFocus />
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          {PLACES.map(({ id, path }) => {
            const Page = PAGES[id];
            return (
              <Route
                key={id}
                path={path}
                element={
                  <Suspense fallback={<PageFallback />}>
                    <Page />
                  </Suspense>
                }
              />
            );
          })}
          {LINKED_ELEMENTS.map(([path, element]) => (
            <Route key={path} path={path} element={element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
