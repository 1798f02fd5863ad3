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

// A party's own page: reached from its links (party load, graph, search, tables), not from the menu.
const PartyPage = lazy(() => import('../party/PartyPage').then((m) => ({ default: m.PartyPage })));

const ComparePage = lazy(() => import('../compare/ComparePage').then((m) => ({ default: m.ComparePage })));

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
          <Route
            path={PARTY_PATH}
            element={
              <Suspense fallback={<PageFallback />}>
                <PartyPage />
              </Suspense>
            }
          />
          <Route
            path={COMPARE_PATH}
            element={
              <Suspense fallback={<PageFallback />}>
                <ComparePage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
