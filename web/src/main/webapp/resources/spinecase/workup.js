/* The unsaved-input warning of the workup sections is the frame's shared guard now
   (guard.js, loaded by the layout for every page); this file stays only until the workup page
   stops including it. */
