/// <reference lib="dom" />
import L from 'leaflet';

// Leaflet.markercluster's bundle extends the global `L` when it loads: set it first.
(window as unknown as { L: typeof L }).L = L;
