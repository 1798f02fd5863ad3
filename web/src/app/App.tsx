import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { LanguageSync } from '../i18n/LanguageSync';
import { AppLayout } from '../layout/AppLayout';
import { MapPage } from '../map/MapPage';
import { NetworkPage } from '../network/NetworkPage';
import { OverlapPage } from '../overlap/OverlapPage';
import { TablesPage } from '../tables/TablesPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { PLACES, type PlaceId } from './places';
import { RouteFocus } from './RouteFocus';

const PAGES: Record<PlaceId, ComponentType> = {
  map: MapPage,
  network: NetworkPage,
  overlap: OverlapPage,
  tables: TablesPage,
};

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
            return <Route key={id} path={path} element={<Page />} />;
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
